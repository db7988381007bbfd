// Refuses bodies whose markup is malformed or refers to figures that do not exist,
// naming the piece, the block and the key, so nothing ever renders as a blank.
import { LOCALES, type Locale } from '@/i18n/locales';
import type { BlockDraft } from './blocks';
import { figureKeysOf, InlineSyntaxError, parseInline } from './inline';

export interface BlockProblem {
  piece: string;
  /** 1-based position of the block in the body. */
  block: number;
  locale: Locale;
  /** Which of the block's fields: its text, or its attribution (quotes) / alt text (images). */
  field: 'text' | 'attribution';
  /** What is wrong, for the admin's catalogue: an InlineProblem, 'unknownFigure' or 'unknownChart'. */
  code: string;
  /** In English, for logs and the seed's errors. */
  message: string;
  key?: string;
}

export class BodyValidationError extends Error {
  constructor(readonly problems: BlockProblem[]) {
    super(problems.map((p) => `${p.piece}, block ${p.block} (${p.locale}): ${p.message}`).join('\n'));
    this.name = 'BodyValidationError';
  }
}

/** Returns the figure keys each block uses, or throws BodyValidationError. */
export function checkBody(piece: string, blocks: BlockDraft[], knownKeys: ReadonlySet<string>): string[][] {
  const problems: BlockProblem[] = [];
  const used = blocks.map((b, index) => {
    const keys = new Set<string>();
    for (const locale of LOCALES) {
      for (const field of ['text', 'attribution'] as const) {
        try {
          for (const key of figureKeysOf(parseInline(b.texts[locale][field]))) {
            if (knownKeys.has(key)) keys.add(key);
            else problems.push({ piece, block: index + 1, locale, field, key, code: 'unknownFigure', message: `unknown figure "${key}"` });
          }
        } catch (e) {
          if (!(e instanceof InlineSyntaxError)) throw e;
          problems.push({ piece, block: index + 1, locale, field, code: e.code, message: e.message });
        }
      }
    }
    return [...keys];
  });
  if (problems.length) throw new BodyValidationError(problems);
  return used;
}
