// Sign-in for editors, in both languages: there is no session yet, so no interface language.
// The browser's language (Accept-Language) comes first and sets the page's lang; the other
// follows, marked with its own. Already signed in: straight to the panel.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm, type SignInTexts } from '@/components/admin/sign-in-form.client';
import { adminLocale } from '@/lib/admin/ui-locale';
import { currentUser } from '@/lib/auth/session';
import { otherLocale, toUrlLocale, type Locale } from '@/i18n/locales';

const KEYS = ['title', 'email', 'password', 'submit', 'submitting', 'invalid', 'throttled', 'failed'] as const;

async function textsIn(locale: Locale): Promise<SignInTexts> {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.signIn' });
  return Object.fromEntries(KEYS.map((k) => [k, t(k)])) as SignInTexts;
}

/** Both languages, the browser's first. */
async function bilingual(): Promise<{ order: [Locale, Locale]; texts: Record<Locale, SignInTexts> }> {
  const first = await adminLocale(null);
  const second = otherLocale(first);
  const [a, b] = await Promise.all([textsIn(first), textsIn(second)]);
  return { order: [first, second], texts: { [first]: a, [second]: b } as Record<Locale, SignInTexts> };
}

export async function generateMetadata(): Promise<Metadata> {
  const { order, texts } = await bilingual();
  return { title: order.map((l) => texts[l].title).join(' · ') };
}

function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/admin') && !next.startsWith('//') ? next : '/admin';
}

export default async function SignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  const next = safeNext((await searchParams).next);
  if (await currentUser()) redirect(next);
  const { order, texts } = await bilingual();
  const [first, second] = order;
  return (
    <main id="main" className="sign-in" lang={first}>
      <h1>
        {texts[first].title}{' '}
        <span lang={second} className="muted sign-in-other">
          {texts[second].title}
        </span>
      </h1>
      <SignInForm next={next} order={order} texts={texts} />
    </main>
  );
}
