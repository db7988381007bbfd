// The difference between two revisions, block by block, matched by block id: an edit reads
// as an edit of that block, a reorder as a move, and nothing else appears changed.
import { LOCALES, type Locale } from '@/i18n/locales';
import { metaKey } from '@/lib/content/blocks';
import type { PieceContent } from './schemas';
import { blockText } from './snapshot';

export type BlockChange = 'unchanged' | 'edited' | 'moved' | 'moved-edited' | 'added' | 'removed';

export interface BlockDiffRow {
  id: string;
  change: BlockChange;
  type: PieceContent['blocks'][number]['type'];
  /** Position in the newer revision (1-based); for removed blocks, in the older one. */
  position: number;
  before: Record<Locale, string> | null;
  after: Record<Locale, string> | null;
}

/** Ids of the longest run of blocks kept in the same relative order (everything else moved). */
function inOrder(a: string[], b: string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const keep = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) {
      keep.add(a[i]!);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return keep;
}

const textsOf = (block: PieceContent['blocks'][number]): Record<Locale, string> => Object.fromEntries(LOCALES.map((l) => [l, blockText(block, l)])) as Record<Locale, string>;

/** Rows in the newer revision's order, each removed block right after the block it followed. */
export function diffBlocks(older: PieceContent, newer: PieceContent): BlockDiffRow[] {
  const idOf = (b: PieceContent['blocks'][number], i: number, side: string) => b.id ?? `${side}-${i}`;
  const a = older.blocks.map((b, i) => idOf(b, i, 'a'));
  const b = newer.blocks.map((x, i) => idOf(x, i, 'b'));
  const kept = inOrder(
    a.filter((id) => b.includes(id)),
    b.filter((id) => a.includes(id)),
  );
  const olderById = new Map(older.blocks.map((x, i) => [a[i]!, x]));
  const rows: BlockDiffRow[] = newer.blocks.map((block, i) => {
    const id = b[i]!;
    const was = olderById.get(id);
    const after = textsOf(block);
    if (!was) return { id, change: 'added', type: block.type, position: i + 1, before: null, after };
    const before = textsOf(was);
    const edited = LOCALES.some((l) => before[l] !== after[l]) || metaKey(was.meta) !== metaKey(block.meta) || was.type !== block.type;
    const moved = !kept.has(id);
    const change: BlockChange = moved ? (edited ? 'moved-edited' : 'moved') : edited ? 'edited' : 'unchanged';
    return { id, change, type: block.type, position: i + 1, before, after };
  });
  // Removed blocks go after the nearest earlier block that still exists.
  older.blocks.forEach((block, i) => {
    const id = a[i]!;
    if (b.includes(id)) return;
    const anchor = a
      .slice(0, i)
      .reverse()
      .find((x) => b.includes(x));
    const at = anchor ? rows.findIndex((r) => r.id === anchor) + 1 : 0;
    let insert = at;
    while (insert < rows.length && rows[insert]!.change === 'removed') insert++;
    rows.splice(insert, 0, { id, change: 'removed', type: block.type, position: i + 1, before: textsOf(block), after: null });
  });
  return rows;
}

/**
 * Human-readable names of what differs between two contents, for a conflict message:
 * "en.title", "block 3 (zh-HK)", "block 2 moved", "block 5 added", "1 block removed".
 * Numbers are positions in `b`.
 */
export function changedFields(a: PieceContent, b: PieceContent): string[] {
  const out: string[] = [];
  if (a.slug !== b.slug) out.push('slug');
  for (const locale of LOCALES) {
    for (const field of ['title', 'standfirst', 'seoTitle', 'seoDescription'] as const) {
      if (a.texts[locale][field] !== b.texts[locale][field]) out.push(`${locale}.${field}`);
    }
  }
  let removed = 0;
  for (const row of diffBlocks(a, b)) {
    const n = row.position;
    if (row.change === 'removed') removed++;
    else if (row.change === 'added') out.push(`block ${n} added`);
    else if (row.change !== 'unchanged') {
      if (row.change.startsWith('moved')) out.push(`block ${n} moved`);
      for (const locale of LOCALES) if (row.before![locale] !== row.after![locale]) out.push(`block ${n} (${locale})`);
    }
  }
  if (removed) out.push(`${removed} block${removed === 1 ? '' : 's'} removed`);
  return out;
}
