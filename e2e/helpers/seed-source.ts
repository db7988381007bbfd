// The seed article as the newsroom filed it, split into the feature and the editorial.
import { readFileSync } from 'node:fs';

const EDITORIAL_START = '編輯評論:誰能定義AI的未來?';
const lines = readFileSync(new URL('../../prisma/seed/source/global-ai-race.zh-HK.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean)
  // Pull quotes are marked with ">" in the filed copy; readers see the quote itself.
  .map((l) => l.replace(/^>/, ''));

const split = lines.indexOf(EDITORIAL_START);
export const featureHeadline = lines[0]!;
export const featureLines = lines.slice(1, split);
export const editorialHeadline = lines[split]!;
export const editorialLines = lines.slice(split + 1);
