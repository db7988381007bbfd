// The article for a reader page: the public version, or in draft mode and only for a
// signed-in editor, the working copy. The draft cookie alone grants nothing. Both are
// projections of the same bilingual model.
import 'server-only';
import { draftMode } from 'next/headers';
import type { Locale } from '@/i18n/locales';
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/users/roles';
import { pieceIdBySlug, workingArticle } from './article-model';
import { projectArticle } from './article-view';
import { getArticle } from './queries';
import type { ArticleView } from './types';

/** The working copy of a piece in one locale, as readers will see it once published. */
export async function previewArticleById(pieceId: string, locale: Locale): Promise<ArticleView | null> {
  const model = await workingArticle(pieceId);
  return model && projectArticle(model, locale, { fresh: true });
}

export async function readArticle(seriesSlug: string, pieceSlug: string, locale: Locale): Promise<{ article: ArticleView | null; preview: boolean }> {
  if ((await draftMode()).isEnabled) {
    const user = await currentUser();
    if (user && can(user.role, 'piece.edit')) {
      const id = await pieceIdBySlug(seriesSlug, pieceSlug);
      return { article: id ? await previewArticleById(id, locale) : null, preview: true };
    }
  }
  return { article: await getArticle(seriesSlug, pieceSlug, locale), preview: false };
}
