// Page titles of the admin panel, in the editor's UI language.
import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { toUrlLocale } from '@/i18n/locales';
import { currentUser } from '@/lib/auth/session';
import { adminLocale } from './ui-locale';

export type AdminTitle = 'dashboard' | 'edit' | 'newPiece' | 'history' | 'figures' | 'figure' | 'charts' | 'chart' | 'audit' | 'users';

export function adminMetadata(key: AdminTitle): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations({ locale: toUrlLocale(await adminLocale(await currentUser())), namespace: 'Admin.titles' });
    return { title: t(key) };
  };
}
