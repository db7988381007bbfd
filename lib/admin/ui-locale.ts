// The admin panel's UI language: the signed-in user's choice, else the browser's.
import 'server-only';
import { headers } from 'next/headers';
import { localeFromAcceptLanguage } from '@/i18n/negotiate';
import type { Locale } from '@/i18n/locales';
import type { SessionUser } from '@/lib/users/queries';

export async function adminLocale(user: SessionUser | null): Promise<Locale> {
  if (user) return user.uiLocale;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
}
