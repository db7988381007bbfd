// The article for a reader page: the public version, or in draft mode and only for a
// signed-in editor, the working copy. The draft cookie alone grants nothing.
import 'server-only';
import { draftMode } from 'next/headers';
import type { Locale } from '@/i18n/locales';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/users/roles';
import { previewArticle } from './preview';
import { getArticle } from './queries';
import type { ArticleView } from './types';

export async function readArticle(seriesSlug: string, pieceSlug: string, locale: Locale): Promise<{ article: ArticleView | null; preview: boolean }> {
  if ((await draftMode()).isEnabled) {
    const user = await currentUser();
    if (user && can(user.role, 'piece.edit')) return { article: await previewArticle(seriesSlug, pieceSlug, locale), preview: true };
  }
  return { article: await getArticle(seriesSlug, pieceSlug, locale), preview: false };
}
