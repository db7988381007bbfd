// Editing a figure's labels, sources and date against a real database: kept in its history
// with old and new values, no public revision or correction note, stale edits refused; a
// change of value is still a public revision, and the history shows both, newest first.
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

const editor = { id: 'u1', email: 'ed@example.org', name: 'Ed Itor' };
const KEY = 'deepseek-r1-input-price';

withSeededDatabase();

async function currentMeta(key: string) {
  const { getFigureForAdmin } = await import('@/lib/figures/admin-queries');
  const data = (await getFigureForAdmin(key, 'en'))!;
  return { version: data.version, meta: data.meta };
}

describe('editFigureMeta', () => {
  it('changes the English label and the as-of date without a public revision, keeping old and new in the history', async () => {
    const { editFigureMeta } = await import('@/lib/figures/meta');
    const { getArticle } = await import('@/lib/pieces/queries');
    const { getFigureForAdmin } = await import('@/lib/figures/admin-queries');
    const { db } = await import('@/lib/db');
    const { version, meta } = await currentMeta(KEY);
    const oldLabel = meta.label.en;
    const result = await editFigureMeta(
      { key: KEY, expectedVersion: version, ...meta, label: { ...meta.label, en: 'DeepSeek R1 input price per million tokens' }, asOf: '2025-02-01' },
      editor,
    );
    expect(result.changed).toEqual(['label.en', 'asOf']);
    expect(result.version).toBe(version + 1);
    expect(result.tags).toEqual([`figure:${KEY}`, 'figures']);

    expect(await db.figureRevision.count({ where: { figure: { key: KEY } } })).toBe(0);
    const en = await getArticle('global-ai-race', 'china-cost-revolution', 'en');
    expect(en?.corrections).toEqual([]);
    expect(en?.figures[KEY]?.label).toBe('DeepSeek R1 input price per million tokens');

    const data = (await getFigureForAdmin(KEY, 'en'))!;
    expect(data.history.map((h) => (h.type === 'change' ? [h.field, h.oldValue, h.newValue, h.editorName] : h.type))).toEqual(
      expect.arrayContaining([
        ['label.en', oldLabel, 'DeepSeek R1 input price per million tokens', 'Ed Itor'],
        ['asOf', meta.asOf, '2025-02-01', 'Ed Itor'],
      ]),
    );
    expect(data.history).toHaveLength(2);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'figure.edit' } });
    expect(audit).toMatchObject({ targetId: KEY, summary: `${KEY}: label.en, asOf` });
  });

  it('refuses an edit based on a stale version and changes nothing', async () => {
    const { editFigureMeta } = await import('@/lib/figures/meta');
    const { FigureConflictError } = await import('@/lib/figures/revise');
    const { db } = await import('@/lib/db');
    const { version, meta } = await currentMeta(KEY);
    const err = await editFigureMeta({ key: KEY, expectedVersion: version - 1, ...meta, sourceUrl: 'https://example.org/elsewhere' }, editor).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FigureConflictError);
    expect((await currentMeta(KEY)).meta.sourceUrl).toBe(meta.sourceUrl);
    expect(await db.figureChange.count({ where: { field: 'sourceUrl' } })).toBe(0);
  });

  it('of two edits based on one version, exactly one is saved', async () => {
    const { editFigureMeta } = await import('@/lib/figures/meta');
    const { version, meta } = await currentMeta('gpt-4o-input-price');
    const results = await Promise.allSettled([
      editFigureMeta({ key: 'gpt-4o-input-price', expectedVersion: version, ...meta, sourceName: { ...meta.sourceName, en: 'OpenAI pricing' } }, editor),
      editFigureMeta({ key: 'gpt-4o-input-price', expectedVersion: version, ...meta, sourceName: { ...meta.sourceName, en: 'OpenAI price list' } }, editor),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('saves nothing when nothing changed, and refuses an empty label', async () => {
    const { editFigureMeta } = await import('@/lib/figures/meta');
    const { version, meta } = await currentMeta('llama3-mmlu');
    expect(await editFigureMeta({ key: 'llama3-mmlu', expectedVersion: version, ...meta }, editor)).toEqual({ version, changed: [], tags: [] });
    await expect(editFigureMeta({ key: 'llama3-mmlu', expectedVersion: version, ...meta, label: { ...meta.label, 'zh-HK': '' } }, editor)).rejects.toThrow(/required/);
  });

  it('a change of value after a metadata edit is still a public revision, and the history lists both, newest first', async () => {
    const { reviseFigure } = await import('@/lib/figures/revise');
    const { getFigureForAdmin } = await import('@/lib/figures/admin-queries');
    const { getArticle } = await import('@/lib/pieces/queries');
    const { version } = await currentMeta(KEY);
    await reviseFigure({ key: KEY, expectedVersion: version, value: '0.6', reasonZhHK: 'DeepSeek調整定價', reasonEn: 'DeepSeek changed its pricing' }, editor);
    const en = await getArticle('global-ai-race', 'china-cost-revolution', 'en');
    expect(en?.corrections).toEqual([expect.objectContaining({ oldValue: '$0.55', newValue: '$0.60', reason: 'DeepSeek changed its pricing' })]);
    const history = (await getFigureForAdmin(KEY, 'en'))!.history;
    expect(history.map((h) => h.type)).toEqual(['revision', 'change', 'change']);
    expect(history[0]).toMatchObject({ oldDisplay: '$0.55', newDisplay: '$0.60', editorName: 'Ed Itor' });
  });

  it('refuses a revised value typed as hex or with an exponent', async () => {
    const { reviseFigure } = await import('@/lib/figures/revise');
    const { version } = await currentMeta(KEY);
    for (const value of ['0x10', '1e3', '-1e308']) {
      await expect(reviseFigure({ key: KEY, expectedVersion: version, value, reasonZhHK: '測試原因', reasonEn: 'A test reason' }, editor)).rejects.toThrow(/number\.decimal/);
    }
  });

  it('edits a figure’s provenance note in each language, kept in the history, and leaves it alone when the form has none', async () => {
    const { editFigureMeta } = await import('@/lib/figures/meta');
    const { db } = await import('@/lib/db');
    const key = 'gpt-4o-input-price';
    const { version, meta } = await currentMeta(key);
    const note = { 'zh-HK': meta.note['zh-HK'], en: 'The price when GPT-4o launched in May 2024.' };
    const first = await editFigureMeta({ key, expectedVersion: version, ...meta, note }, editor);
    expect(first.changed).toEqual(['note.en']);
    const { note: _omit, ...withoutNote } = (await currentMeta(key)).meta;
    const second = await editFigureMeta({ key, expectedVersion: first.version, ...withoutNote, label: { ...withoutNote.label, en: 'GPT-4o API input price at launch' } }, editor);
    expect(second.changed).toEqual(['label.en']);
    const text = await db.figureText.findFirstOrThrow({ where: { figure: { key }, locale: 'en' } });
    expect(text.note).toBe('The price when GPT-4o launched in May 2024.');
    expect(await db.figureChange.count({ where: { figure: { key }, field: 'note.en' } })).toBe(1);
  });
});
