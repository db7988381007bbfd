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
      for (const source of [b.texts[locale].text, b.texts[locale].attribution]) {
        try {
          for (const key of figureKeysOf(parseInline(source))) {
            if (knownKeys.has(key)) keys.add(key);
            else problems.push({ piece, block: index + 1, locale, key, message: `unknown figure "${key}"` });
          }
        } catch (e) {
          if (!(e instanceof InlineSyntaxError)) throw e;
          problems.push({ piece, block: index + 1, locale, message: e.message });
        }
      }
    }
    return [...keys];
  });
  if (problems.length) throw new BodyValidationError(problems);
  return used;
}
