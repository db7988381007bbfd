// next-auth: credentials sign-in, JWT sessions carrying the user's id, role and session version.
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { authSecret } from './secret';
import { clientIp } from './client-ip';
import { signInWithPassword } from './sign-in';

// next-auth 4 reads NEXTAUTH_URL from process.env itself; unless set, the site's one origin decides it.
process.env.NEXTAUTH_URL = env().NEXTAUTH_URL;
const secure = env().NODE_ENV === 'production' && env().SITE_URL.startsWith('https://');

export const SIGN_IN_PATH = '/admin/sign-in';
/** Error codes next-auth passes back to the sign-in form. */
export const SIGN_IN_ERRORS = { invalid: 'invalid', throttled: 'throttled' } as const;

export const authOptions: NextAuthOptions = {
  // Read when a session is signed or checked, not when `next build` loads this module.
  get secret() {
    return authSecret();
  },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  useSecureCookies: secure,
  cookies: {
    sessionToken: {
      name: `${secure ? '__Secure-' : ''}tandem.session`,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
    },
  },
  providers: [
    CredentialsProvider({
      name: 'password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const result = await signInWithPassword(email, password, clientIp(req.headers ?? {}));
        if (!result.ok) throw new Error(SIGN_IN_ERRORS[result.reason]);
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: string; sv: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sv;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
};
