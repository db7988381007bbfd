// The signed-in user of this request, re-checked against the database every time, so a
// disabled account or a changed password ends the session at once.
import 'server-only';
import { getServerSession } from 'next-auth';
import { activeUser, type SessionUser } from '@/lib/users/queries';
import { can, type Permission } from '@/lib/users/roles';
import { authOptions } from './options';

export async function currentUser(): Promise<SessionUser | null> {
  let session: { uid?: unknown; sv?: unknown } | null;
  try {
    session = (await getServerSession(authOptions)) as { uid?: unknown; sv?: unknown } | null;
  } catch {
    // Outside a request (or with a tampered cookie) there is no session.
    return null;
  }
  if (!session || typeof session.uid !== 'string' || typeof session.sv !== 'number') return null;
  return activeUser(session.uid, session.sv);
}

export class AuthError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? 'unauthenticated' : 'forbidden');
  }
}

/** The user, or AuthError: 401 without a session, 403 without the permission. */
export async function requireUser(permission?: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AuthError(401);
  if (permission && !can(user.role, permission)) throw new AuthError(403);
  return user;
}
