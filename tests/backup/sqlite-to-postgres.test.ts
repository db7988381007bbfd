// Moving a newsroom from the embedded SQLite file to PostgreSQL: SQLite → file → PostgreSQL
// → file gives the same bytes, and the restored PostgreSQL database serves the same article.
// The source is SQLite whatever TEST_DATABASE_URL says; the target is always PostgreSQL (the
// suite fails, it does not skip, when the server does not answer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, postgresServerUrl } from '../helpers/temp-db';
import { withSeededDatabase } from '../helpers/seeded-db';
import { EDITORS } from '../helpers/pieces';
import { clientFor, type TargetDatabase } from './target-db';

// Registered before the seeding hook, so the source database is a SQLite file.
const suiteServer = process.env.TEST_DATABASE_URL;
beforeAll(() => {
  delete process.env.TEST_DATABASE_URL;
});
withSeededDatabase();

let target: TargetDatabase;
beforeAll(async () => {
  if (suiteServer !== undefined) process.env.TEST_DATABASE_URL = suiteServer;
  const { reviseFigure } = await import('@/lib/figures/revise');
  await reviseFigure({ key: 'deepseek-r1-input-price', expectedVersion: 1, value: 0.6, reasonZhHK: '官方價格更新', reasonEn: 'Official price update' }, EDITORS.ed);
  const { migrate } = await import('@/lib/db/migrate');
  const { url, drop } = await createPostgresDatabase(postgresServerUrl());
  await migrate(url);
  const client = clientFor(url);
  target = {
    url,
    client,
    cleanup: async () => {
      await client.$disconnect();
      await drop();
    },
  };
});
afterAll(async () => {
  await target?.cleanup();
});

describe('SQLite to PostgreSQL through a backup file', () => {
  it('gives the same file back, and the same figures and texts in PostgreSQL', async () => {
    const { db } = await import('@/lib/db');
    expect(process.env.DATABASE_URL).toMatch(/^file:/);
    const { exportContent } = await import('@/lib/backup/export');
    const { importContent, parseContentFile } = await import('@/lib/backup/import');

    const fromSqlite = await exportContent(db, { includeSecrets: true });
    await importContent(target.client, parseContentFile(fromSqlite.text));
    const fromPostgres = await exportContent(target.client, { includeSecrets: true });
    expect(fromPostgres.counts).toEqual(fromSqlite.counts);
    expect(fromPostgres.text).toBe(fromSqlite.text);

    // What readers would read from the new database: the revised figure with its note, the zh-HK headline.
    const figure = await target.client.figure.findUniqueOrThrow({ where: { key: 'deepseek-r1-input-price' }, include: { revisions: true } });
    expect(figure.value).toBe(0.6);
    expect(figure.revisions.map((r) => r.reasonEn)).toEqual(['Official price update']);
    const zh = await db.pieceText.findMany({ where: { locale: 'zh-HK' }, orderBy: { title: 'asc' }, select: { title: true } });
    const zhRestored = await target.client.pieceText.findMany({ where: { locale: 'zh-HK' }, select: { title: true } });
    expect(zhRestored.map((t) => t.title).sort()).toEqual(zh.map((t) => t.title).sort());
  });
});
