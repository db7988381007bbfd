// content:export → content:import into a fresh database → content:export gives the same
// bytes; a damaged, foreign or newer file, or a database that already has content, is
// refused with a clear reason and nothing is written; password hashes only on request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { emptyTargetDatabase, type TargetDatabase } from './target-db';

const PASSWORD = 'a-long-enough-password-1';

withSeededDatabase();

let target: TargetDatabase;
beforeAll(async () => {
  // Content of every kind: a user with a password, a figure revision, piece saves, a
  // published piece renamed (slug redirect), audit entries.
  const { createUser } = await import('@/lib/users/mutations');
  const { reviseFigure } = await import('@/lib/figures/revise');
  const { savePiece } = await import('@/lib/pieces/save');
  const { publishPiece } = await import('@/lib/pieces/publish');
  await createUser({ email: 'ada@example.org', name: 'Ada', role: 'admin', uiLocale: 'en' }, PASSWORD);
  await reviseFigure({ key: 'deepseek-r1-input-price', expectedVersion: 1, value: 0.6, reasonZhHK: '官方價格更新', reasonEn: 'Official price update' }, EDITORS.ed);
  // A metadata edit (figure history) and a source check (columns on the figure).
  const { editFigureMeta } = await import('@/lib/figures/meta');
  const { confirmFigureChecked } = await import('@/lib/figures/check');
  const { getFigureForAdmin } = await import('@/lib/figures/admin-queries');
  const figure = (await getFigureForAdmin('deepseek-r1-input-price', 'en'))!;
  await editFigureMeta({ key: 'deepseek-r1-input-price', expectedVersion: figure.version, ...figure.meta, asOf: '2025-02-01' }, EDITORS.ed);
  await confirmFigureChecked('deepseek-r1-input-price', EDITORS.ed, null, new Date('2026-01-05T03:00:00Z'));
  const piece = await workingCopy('who-defines-ai-future');
  const edited = structuredClone(piece.content);
  edited.texts.en.standfirst = 'A revised standfirst, with “quotes” and 中文.';
  await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...edited, slug: 'who-will-define-ai' }, EDITORS.ed);
  await publishPiece(piece.id, EDITORS.ed);
  target = await emptyTargetDatabase();
});
afterAll(async () => {
  await target?.cleanup();
});

async function source() {
  const { db } = await import('@/lib/db');
  return db;
}

async function tableCounts(client: Awaited<ReturnType<typeof source>>) {
  const { TABLES } = await import('@/lib/backup/format');
  const { delegate } = await import('@/lib/backup/export');
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t.name] = await delegate<{ count: () => Promise<number> }>(client, t.model).count();
  return out;
}

describe('content export and import', () => {
  it('round-trips every table to the same bytes', async () => {
    const { exportContent } = await import('@/lib/backup/export');
    const { importContent, parseContentFile } = await import('@/lib/backup/import');
    const first = await exportContent(await source(), { includeSecrets: true });
    // Every kind of content is really in there.
    for (const name of [
      'series',
      'seriesTexts',
      'pieces',
      'pieceTexts',
      'pieceTranslations',
      'blocks',
      'blockTexts',
      'blockFigureRefs',
      'figures',
      'figureTexts',
      'figureRevisions',
      'figureChanges',
      'pieceRevisions',
      'slugRedirects',
      'users',
      'auditEntries',
      'charts',
      'chartTexts',
      'chartFigures',
    ]) {
      expect(first.counts[name], name).toBeGreaterThan(0);
    }
    // Exporting twice gives the same bytes: no timestamp inside, stable order.
    expect((await exportContent(await source(), { includeSecrets: true })).text).toBe(first.text);

    const summary = await importContent(target.client, parseContentFile(first.text));
    expect(summary.disabledUsers).toEqual([]);
    expect(summary.counts).toEqual(first.counts);
    const second = await exportContent(target.client, { includeSecrets: true });
    expect(second.text).toBe(first.text);

    // The restored database serves: the imported admin can sign in with their password.
    const { verifyPassword } = await import('@/lib/users/password');
    const ada = await target.client.user.findUniqueOrThrow({ where: { email: 'ada@example.org' } });
    expect(await verifyPassword(ada.passwordHash, PASSWORD)).toBe(true);
    expect(await target.client.slugRedirect.count({ where: { oldSlug: 'who-defines-ai-future' } })).toBe(1);
    expect(await target.client.figure.findUniqueOrThrow({ where: { key: 'deepseek-r1-input-price' } })).toMatchObject({
      checkedByName: EDITORS.ed.name,
      checkedAt: new Date('2026-01-05T03:00:00Z'),
    });
  });

  it('carries figures’ provenance notes, and reads a file written before notes existed as having none', async () => {
    const { exportContent } = await import('@/lib/backup/export');
    const { parseContentFile } = await import('@/lib/backup/import');
    const db = await source();
    const text = (await exportContent(db, { includeSecrets: false })).text;
    const notes = (file: ReturnType<typeof parseContentFile>) => file.tables.figureTexts!.map((r) => r.note);
    expect(notes(parseContentFile(text)).join(' ')).toContain('Tencent’s Hunyuan-Large report does not contain 90.8');
    const older = JSON.parse(text) as { tables: { figureTexts: Record<string, unknown>[] } };
    for (const row of older.tables.figureTexts) delete row.note;
    expect(new Set(notes(parseContentFile(JSON.stringify(older))))).toEqual(new Set(['']));
  });

  it('refuses to import into a database that already has content, and writes nothing', async () => {
    const { exportContent } = await import('@/lib/backup/export');
    const { importContent, parseContentFile, ImportRefused } = await import('@/lib/backup/import');
    const db = await source();
    const file = parseContentFile((await exportContent(db, { includeSecrets: true })).text);
    const before = await tableCounts(db);
    const err = await importContent(db, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as Error).message).toMatch(/not empty \(\d+ series, .*\d+ pieces/);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('leaves password hashes out unless asked, and disables accounts imported without one', async () => {
    const { exportContent } = await import('@/lib/backup/export');
    const { importContent, parseContentFile, UNUSABLE_PASSWORD_HASH } = await import('@/lib/backup/import');
    const { text } = await exportContent(await source());
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('$argon2');
    expect(JSON.parse(text)).toMatchObject({ format: 'tandem-content', version: 1, includesSecrets: false });

    const fresh = await emptyTargetDatabase();
    try {
      const summary = await importContent(fresh.client, parseContentFile(text));
      expect(summary.disabledUsers).toEqual(['ada@example.org']);
      const ada = await fresh.client.user.findUniqueOrThrow({ where: { email: 'ada@example.org' } });
      expect(ada).toMatchObject({ disabled: true, passwordHash: UNUSABLE_PASSWORD_HASH });
      const { verifyPassword } = await import('@/lib/users/password');
      expect(await verifyPassword(ada.passwordHash, PASSWORD)).toBe(false);
    } finally {
      await fresh.cleanup();
    }
  });
});

describe('refused files', () => {
  let good: Record<string, unknown>;
  let fresh: TargetDatabase;
  beforeAll(async () => {
    const { exportContent } = await import('@/lib/backup/export');
    good = JSON.parse((await exportContent(await source(), { includeSecrets: true })).text) as Record<string, unknown>;
    fresh = await emptyTargetDatabase();
  });
  afterAll(async () => {
    await fresh?.cleanup();
  });

  const damaged = (change: (file: { tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>) => void) => {
    const copy = structuredClone(good) as { tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;
    change(copy);
    return JSON.stringify(copy);
  };

  const cases: [string, () => string, RegExp][] = [
    ['bad JSON', () => JSON.stringify(good).slice(0, -20), /not valid JSON/],
    ['a foreign file', () => JSON.stringify({ ...good, format: 'wordpress-wxr' }), /not a Tandem content export/],
    ['a file with no format at all', () => JSON.stringify([1, 2, 3]), /not a Tandem content export/],
    ['a newer version', () => JSON.stringify({ ...good, version: 2 }), /newer Tandem \(format version 2\); this one reads version 1/],
    ['a missing table', () => damaged((f) => delete f.tables.blocks), /damaged:\n {2}- tables\.blocks/],
    ['a missing field', () => damaged((f) => delete f.tables.pieces![0]!.slug), /tables\.pieces\.0\.slug/],
    ['a wrong type', () => damaged((f) => (f.tables.figures![0]!.value = 'nine')), /tables\.figures\.0\.value/],
    ['a bad date', () => damaged((f) => (f.tables.series![0]!.createdAt = 'yesterday')), /tables\.series\.0\.createdAt/],
    ['a broken reference', () => damaged((f) => (f.tables.blockTexts![0]!.blockId = 'no-such-block')), /blockTexts .*blockId "no-such-block" names no row of blocks/],
    ['a duplicate key', () => damaged((f) => f.tables.figures!.push(f.tables.figures![0]!)), /figures: id .* appears twice/],
    ['hashes in a file that says it has none', () => JSON.stringify({ ...good, includesSecrets: false }), /tables\.users\.0/],
  ];

  it.each(cases)('refuses %s with a clear message and writes nothing', async (_name, make, message) => {
    const { importContent, parseContentFile, ImportRefused } = await import('@/lib/backup/import');
    const err = (() => {
      try {
        return importContent(fresh.client, parseContentFile(make()));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as Error).message).toMatch(message);
    expect(Object.values(await tableCounts(fresh.client)).every((n) => n === 0)).toBe(true);
  });

  it('writes nothing when the database refuses a row halfway through', async () => {
    const { importContent, parseContentFile } = await import('@/lib/backup/import');
    // Two figures with the same key pass the file checks (keys are not references) but break
    // the unique index late in the import, after series and other figures were written.
    const text = damaged((f) => {
      const figures = f.tables.figures!;
      figures[figures.length - 1]!.key = figures[0]!.key;
    });
    await expect(importContent(fresh.client, parseContentFile(text))).rejects.toThrow();
    expect(Object.values(await tableCounts(fresh.client)).every((n) => n === 0)).toBe(true);
  });
});
