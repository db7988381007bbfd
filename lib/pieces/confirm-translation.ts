// A translator (or editor) confirms that one locale of a block still says what the other
// says, without changing it: a new revision whose only change is that block's provenance.
import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/i18n/locales';
import { confirmTranslation, translationState } from './provenance';
import { commitRevision, loadBase, withConflictOnRace, type Editor, type PieceSaved } from './save';
import { NotFoundError } from './mutations';

/** An empty translation cannot be confirmed: it has to be written. */
export class NothingToConfirmError extends Error {
  constructor() {
    super('translation.nothingToConfirm');
  }
}

export interface ConfirmInput {
  pieceId: string;
  baseVersion: number;
  blockId: string;
  locale: Locale;
}

/** Returns the new version; a block that is already up to date is left as it is (same version). */
export async function confirmBlockTranslation(input: ConfirmInput, editor: Editor): Promise<PieceSaved> {
  return withConflictOnRace(input.pieceId, input.baseVersion, () =>
    db.$transaction(async (tx) => {
      const { piece, base } = await loadBase(tx, input.pieceId, input.baseVersion);
      const index = base.blocks.findIndex((b) => b.id === input.blockId);
      if (index < 0) throw new NotFoundError('block.notFound');
      const block = base.blocks[index]!;
      const state = translationState(block, input.locale);
      if (state === 'missing') throw new NothingToConfirmError();
      if (state === 'fresh') return { version: input.baseVersion, series: piece.series.slug, slug: base.slug, blockIds: base.blocks.map((b) => b.id), tags: [] };
      const blocks = base.blocks.map((b, i) => (i === index ? confirmTranslation(b, input.locale) : b));
      return commitRevision(tx, piece, input.baseVersion, { ...base, blocks }, editor, `confirmed translation: block ${index + 1} (${input.locale})`);
    }),
  );
}
