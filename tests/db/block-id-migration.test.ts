// Upgrading a database saved before blocks had lasting ids: the SQL migration gives block
// texts their provenance columns, and the data migration gives every revision's blocks ids
// (the live revision takes the ids of the rows readers read), so old revisions still diff
// by id and restore.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, readMigrationsList, withSchemaEngine } from '@/lib/db/schema-engine';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-block-ids-'));
const file = path.join(dir, 'old.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const block = (type: string, zh: string, en: string) => ({
  type,
  meta: type === 'heading' ? { level: 2 } : {},
  texts: { 'zh-HK': { text: zh, attribution: '' }, en: { text: en, attribution: '' } },
});
const head = {
  'zh-HK': { title: '舊文章', standfirst: '導語', seoTitle: '', seoDescription: '' },
  en: { title: 'An old piece', standfirst: 'Standfirst', seoTitle: '', seoDescription: '' },
};
const a = block('paragraph', '第一段', 'First');
const b = block('heading', '標題', 'Heading');
const c = block('paragraph', '第三段', 'Third');
// v1: a b c; v2 (live): c moved first, b's English edited.
const v1 = { slug: 'old-piece', texts: head, blocks: [a, b, c] };
const b2 = { ...b, texts: { ...b.texts, en: { text: 'A better heading', attribution: '' } } };
const v2 = { slug: 'old-piece', texts: head, blocks: [c, a, b2] };

// SQLite only: the upgrade path under test is in the SQLite history (a file saved before lasting
// blocks); the PostgreSQL history begins with a baseline that already has them.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('migrating a database from before lasting blocks', () => {
  it('gives old blocks and snapshots ids, so old revisions diff by id', async () => {
    const all = await readMigrationsList(path.resolve('prisma/migrations'));
    const before = { ...all, migrationDirectories: all.migrationDirectories.filter((m) => m.path < '20261202') };
    await withSchemaEngine(new PrismaBetterSqlite3({ url: file }), undefined, (engine) => applyMigrations(engine, before));
    const sql = new Database(file);
    const now = new Date('2026-01-01T00:00:00Z').getTime();
    sql.prepare(`INSERT INTO "Series" (id, slug, createdAt, updatedAt) VALUES ('s1', 'old-series', ?, ?)`).run(now, now);
    sql
      .prepare(
        `INSERT INTO "Piece" (id, seriesId, position, kind, slug, status, publishedAt, firstPublishedAt, createdAt, updatedAt, modifiedAt, version, liveVersion) VALUES ('p1', 's1', 1, 'feature', 'old-piece', 'published', ?, ?, ?, ?, ?, 2, 2)`,
      )
      .run(now, now, now, now, now);
    v2.blocks.forEach((x, i) => {
      sql.prepare(`INSERT INTO "Block" (id, pieceId, position, type, meta) VALUES (?, 'p1', ?, ?, ?)`).run(`rowblock${i}`, i, x.type, JSON.stringify(x.meta));
      for (const l of ['zh-HK', 'en'] as const)
        sql.prepare(`INSERT INTO "BlockText" (id, blockId, locale, text) VALUES (?, ?, ?, ?)`).run(`t${i}${l}`, `rowblock${i}`, l, x.texts[l].text);
    });
    for (const [version, content] of [
      [1, v1],
      [2, v2],
    ] as const) {
      sql
        .prepare(`INSERT INTO "PieceRevision" (id, pieceId, version, editorName, snapshot, createdAt) VALUES (?, 'p1', ?, 'Old editor', ?, ?)`)
        .run(`r${version}`, version, JSON.stringify(content), now + version * 1000);
    }
    sql.close();

    const { applied } = await withSchemaEngine(new PrismaBetterSqlite3({ url: file }), undefined, (engine) => applyMigrations(engine, all));
    expect(applied).toEqual(all.migrationDirectories.filter((m) => m.path >= '20261202').map((m) => m.path));
    process.env.DATABASE_URL = `file:${file}`;
    const { runDataMigrations } = await import('@/lib/db/data-migrations');
    expect(await runDataMigrations()).toEqual([
      '20261202_lasting_block_ids: 2 revision(s) of 1 piece(s) given block ids',
      '20261202_translation_status: translation status of 1 piece(s) counted',
      // Not the seeded series: nothing of it to correct.
      '20261202_english_edition_and_figure_provenance: 0 figure(s), 0 chart(s) and 0 piece(s) corrected',
    ]);
    expect(await runDataMigrations(), 'once only').toEqual([]);
    expect(
      (await (await import('@/lib/db')).db.pieceTranslation.findMany({ where: { pieceId: 'p1' }, select: { locale: true } })).map((r) => r.locale).sort(),
      'the old piece is counted for the translation queue',
    ).toEqual(['en', 'zh-HK']);

    const { revisionContent } = await import('@/lib/pieces/admin-queries');
    const old = (await revisionContent('p1', 1))!;
    const live = (await revisionContent('p1', 2))!;
    expect(
      live.blocks.map((x) => x.id),
      'the live revision takes the rows’ ids',
    ).toEqual(['rowblock0', 'rowblock1', 'rowblock2']);
    expect(
      old.blocks.map((x) => x.id),
      'the same blocks in the old revision',
    ).toEqual(['rowblock1', 'rowblock2', 'rowblock0']);
    // The heading's English was rewritten in v2 against the Chinese of v1: both revision 1 of Chinese.
    expect(live.blocks[2]!.texts.en).toMatchObject({ rev: 2, basedOn: 1 });
    expect(live.blocks[2]!.texts['zh-HK']).toMatchObject({ rev: 1 });

    const { diffBlocks } = await import('@/lib/pieces/block-diff');
    const changed = diffBlocks(old, live).filter((r) => r.change !== 'unchanged');
    expect(changed.map((r) => [r.id, r.change])).toEqual([
      ['rowblock0', 'moved'],
      ['rowblock2', 'edited'],
    ]);
    const { db } = await import('@/lib/db');
    const rows = await db.blockText.findMany({ where: { blockId: 'rowblock2', locale: 'en' } });
    expect(rows[0]).toMatchObject({ rev: 2, basedOnRev: 1 });
    await db.$disconnect();
  });
});
