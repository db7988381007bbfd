// Lasting blocks against a real SQLite file: ids survive edits, moves, inserts and
// deletions, from the editor's save through the revision snapshot to the rows readers
// read; history compares by id; each locale's text records what it was written against.
import { describe, expect, it } from 'vitest';
import type { PieceContent } from '@/lib/pieces/schemas';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

const { ed } = EDITORS;

withSeededDatabase();

const load = workingCopy;

async function rows(pieceId: string) {
  const { db } = await import('@/lib/db');
  return db.block.findMany({
    where: { pieceId },
    orderBy: { position: 'asc' },
    select: { id: true, texts: { orderBy: { locale: 'asc' }, select: { id: true, locale: true, text: true, rev: true, basedOnRev: true } } },
  });
}

describe('block ids', () => {
  it('survive an edit, a move, an insert and a deletion, in the snapshot and in the rows readers read', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const piece = await load('ai-talent-flows'); // a draft that was never public: saves go straight into the rows
    const before = await rows(piece.id);
    expect(before.map((b) => b.id)).toEqual(piece.content.blocks.map((b) => b.id));

    const next = structuredClone(piece.content);
    const [first, second, third] = next.blocks;
    first!.texts.en.text = 'An edited first paragraph.';
    next.blocks = [second!, first!, ...next.blocks.slice(3)]; // move, and delete the third
    (next.blocks as PieceContent['blocks']).push({
      id: 'bnewblock001',
      type: 'paragraph',
      meta: {},
      texts: { 'zh-HK': { text: '新段落。', attribution: '' }, en: { text: 'A new paragraph.', attribution: '' } },
    });
    const saved = await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...next }, ed);

    expect(saved.blockIds).toEqual(next.blocks.map((b) => b.id));
    const after = await rows(piece.id);
    expect(after.map((b) => b.id)).toEqual(next.blocks.map((b) => b.id));
    expect(after.map((b) => b.id)).not.toContain(third!.id);
    // The moved block that did not change keeps its text rows, not only its id.
    expect(after.find((b) => b.id === second!.id)!.texts.map((t) => t.id)).toEqual(before.find((b) => b.id === second!.id)!.texts.map((t) => t.id));
    const reloaded = await load('ai-talent-flows');
    expect(reloaded.content.blocks.map((b) => b.id)).toEqual(next.blocks.map((b) => b.id));
  });

  it('gives a block sent without an id a new one, and refuses duplicate ids and another piece’s block ids', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { BlockIdTakenError } = await import('@/lib/pieces/materialize');
    const piece = await load('ai-talent-flows');
    const { id: _drop, ...bare } = piece.content.blocks[0]!;
    const saved = await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...piece.content, blocks: [...piece.content.blocks, bare] }, ed);
    const added = saved.blockIds.at(-1)!;
    expect(added).toMatch(/^b[0-9a-z]{11}$/);
    expect(new Set(saved.blockIds).size).toBe(saved.blockIds.length);

    const current = await load('ai-talent-flows');
    const dup = [...current.content.blocks, current.content.blocks[0]!];
    await expect(savePiece({ pieceId: piece.id, baseVersion: current.version, ...current.content, blocks: dup }, ed)).rejects.toThrow('block.duplicateId');
    const other = await load('who-defines-ai-future');
    const stolen = [...current.content.blocks, { ...other.content.blocks[0]! }];
    await expect(savePiece({ pieceId: piece.id, baseVersion: current.version, ...current.content, blocks: stolen }, ed)).rejects.toBeInstanceOf(BlockIdTakenError);
    expect((await load('ai-talent-flows')).version, 'nothing was saved').toBe(current.version);
  });

  it('keep the live rows’ ids when a published piece’s edits are published', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const piece = await load('who-defines-ai-future');
    const before = await rows(piece.id);
    const next = structuredClone(piece.content);
    next.blocks[1]!.texts['zh-HK'].text += '(更新)';
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...next }, ed);
    expect((await rows(piece.id)).find((b) => b.id === next.blocks[1]!.id)!.texts.find((t) => t.locale === 'zh-HK')!.text, 'private until published').toBe(
      before[1]!.texts.find((t) => t.locale === 'zh-HK')!.text,
    );
    // The English of that block now lags: publishing takes a yes naming it.
    await publishPiece(piece.id, ed, null, undefined, [`${next.blocks[1]!.id}:en`]);
    const after = await rows(piece.id);
    expect(after.map((b) => b.id)).toEqual(before.map((b) => b.id));
    expect(
      after[0]!.texts.map((t) => t.id),
      'an unchanged block keeps its rows',
    ).toEqual(before[0]!.texts.map((t) => t.id));
  });
});

describe('translation provenance', () => {
  it('records which revision of the other locale each text was written against, so a stale translation shows', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { isStale } = await import('@/lib/pieces/provenance');
    const piece = await load('ai-talent-flows');
    const id = piece.content.blocks[0]!.id;
    const start = piece.content.blocks[0]!.texts;
    expect(isStale(piece.content.blocks[0]!, 'en')).toBe(false);

    const zhEdit = structuredClone(piece.content);
    zhEdit.blocks[0]!.texts['zh-HK'].text += '補充。';
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...zhEdit }, ed);
    const afterZh = (await load('ai-talent-flows')).content.blocks.find((b) => b.id === id)!;
    expect(afterZh.texts['zh-HK'].rev).toBe(start['zh-HK'].rev + 1);
    expect(afterZh.texts.en).toEqual(start.en);
    expect(isStale(afterZh, 'en'), 'the English was written against an older Chinese').toBe(true);

    const current = await load('ai-talent-flows');
    const enEdit = structuredClone(current.content);
    enEdit.blocks.find((b) => b.id === id)!.texts.en.text += ' Updated.';
    await savePiece({ pieceId: piece.id, baseVersion: current.version, ...enEdit }, ed);
    const afterEn = (await load('ai-talent-flows')).content.blocks.find((b) => b.id === id)!;
    expect(afterEn.texts.en.basedOn).toBe(afterEn.texts['zh-HK'].rev);
    expect(isStale(afterEn, 'en')).toBe(false);
    // The rows of a never-public draft carry the same provenance.
    const row = (await rows(piece.id)).find((b) => b.id === id)!;
    expect(row.texts.find((t) => t.locale === 'en')).toMatchObject({ rev: afterEn.texts.en.rev, basedOnRev: afterEn.texts.en.basedOn });
  });
});

describe('history by block id', () => {
  it('reads a reorder as a move and an edit as an edit, and nothing else as changed', async () => {
    const { changedFields, diffBlocks } = await import('@/lib/pieces/block-diff');
    const piece = await load('china-cost-revolution');
    const a = piece.content;
    const b = structuredClone(a);
    const [moved] = b.blocks.splice(5, 1);
    b.blocks.splice(1, 0, moved!);
    b.blocks[10]!.texts.en.text += ' (edited)';
    const rows = diffBlocks(a, b);
    const changed = rows.filter((r) => r.change !== 'unchanged');
    expect(changed.map((r) => [r.id, r.change])).toEqual([
      [moved!.id, 'moved'],
      [b.blocks[10]!.id, 'edited'],
    ]);
    expect(changedFields(a, b)).toEqual(['block 2 moved', 'block 11 (en)']);
    const removed = diffBlocks(a, { ...a, blocks: a.blocks.slice(1) });
    expect(removed.filter((r) => r.change !== 'unchanged')).toMatchObject([{ id: a.blocks[0]!.id, change: 'removed' }]);
  });
});
