// Estimated reading time of an article: Chinese counted in characters, English in words.
import type { ReaderBlock } from './blocks';
import type { InlineNode } from './inline';

/**
 * Silent reading of Chinese is commonly measured at 300–500 characters a minute for adult
 * readers of non-specialist text; 400 is the middle of that range.
 */
export const CHARACTERS_PER_MINUTE = 400;
/** Adults read English non-fiction silently at roughly 200–260 words a minute. */
export const WORDS_PER_MINUTE = 230;
/** A chart is looked at rather than read: a fixed allowance for its title, bars and labels. */
export const SECONDS_PER_CHART = 20;

/** Han (unified ideographs with their extensions, compatibility ideographs), kana and bopomofo: read one by one. */
const CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/gu;
/** A word of a spaced script, numbers included ("DeepSeek", "R1", "90.8%" is one word, "1–3" one). */
const WORD = /[\p{L}\p{N}]+(?:['’.,\-–][\p{L}\p{N}]+)*/gu;

export interface ReadingCount {
  characters: number;
  words: number;
}

/** Characters and words of plain text: Latin words inside Chinese text count as words. */
export function countText(text: string): ReadingCount {
  const characters = text.match(CHARACTER)?.length ?? 0;
  const words = text.replace(CHARACTER, ' ').match(WORD)?.length ?? 0;
  return { characters, words };
}

/** What parsed markup reads as: link addresses and markup do not count; a figure reads as one word. */
export function countInline(nodes: InlineNode[]): ReadingCount {
  let figures = 0;
  const textOf = (list: InlineNode[]): string =>
    list
      .map((n) => {
        if (n.type === 'text') return n.text;
        if (n.type === 'em' || n.type === 'link') return textOf(n.children);
        figures += 1;
        // A figure also separates the words on either side of it.
        return ' ';
      })
      .join('');
  const { characters, words } = countText(textOf(nodes));
  return { characters, words: words + figures };
}

export interface ReadableArticle {
  title: string;
  standfirst: string;
  blocks: Pick<ReaderBlock, 'type' | 'content' | 'attribution'>[];
}

/** Whole minutes, rounded up, at least one: headline, standfirst and every block (quotes with their speaker; not images' alt text). */
export function readingMinutes(article: ReadableArticle): number {
  let characters = 0;
  let words = 0;
  let charts = 0;
  const add = (c: ReadingCount) => {
    characters += c.characters;
    words += c.words;
  };
  add(countText(article.title));
  add(countText(article.standfirst));
  for (const block of article.blocks) {
    if (block.type === 'chart') charts += 1;
    add(countInline(block.content));
    if (block.type === 'quote') add(countText(block.attribution));
  }
  const minutes = characters / CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE + (charts * SECONDS_PER_CHART) / 60;
  // The tolerance keeps an exact minute (400 characters) from rounding up on a float's last digit.
  return Math.max(1, Math.ceil(minutes - 1e-9));
}
