// Translation freshness: which locale of a block is stale, across sequences of edits in
// both directions, confirmations, and edits that only touch figure references; then the
// same rules through real saves on a SQLite file, with the source's diff and the counts
// the dashboard lists.
import { describe, expect, it } from 'vitest';
import { confirmTranslation, storeContent, translationState } from '@/lib/pieces/provenance';
import type { PieceContent, StoredContent } from '@/lib/pieces/schemas';
import { translationCounts } from '@/lib/pieces/translation-status';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

const { ed, tr } = EDITORS;

const content = (zh: string, en: string, extra: PieceContent['blocks'] = []): PieceContent => ({
  slug: 'freshness',
  texts: { 'zh-HK': { title: '標題', standfirst: '導語', seoTitle: '', seoDescription: '' }, en: { title: 'Title', standfirst: 'Standfirst', seoTitle: '', seoDescription: '' } },
  blocks: [{ id: 'bfresh000001', type: 'paragraph', meta: {}, texts: { 'zh-HK': { text: zh, attribution: '' }, en: { text: en, attribution: '' } } }, ...extra],
});

/** Saves `zh`/`en` on top of `base`, as an editor's save would. */
const edit = (base: StoredContent, zh: string, en: string) => storeContent(content(zh, en), base);
const states = (c: StoredContent) => ({ zh: translationState(c.blocks[0]!, 'zh-HK'), en: translationState(c.blocks[0]!, 'en') });

describe('staleness rules', () => {
  it('is set on the other locale by an edit and cleared by updating or confirming, in both directions', () => {
    let c = storeContent(content('原文。', 'Original.'), null);
    expect(states(c)).toEqual({ zh: 'fresh', en: 'fresh' });

    c = edit(c, '原文，改了。', 'Original.');
    expect(states(c), 'the Chinese changed: the English lags').toEqual({ zh: 'fresh', en: 'stale' });
    c = edit(c, '原文，再改了。', 'Original.');
    expect(states(c), 'a second source edit keeps it stale, the source stays fresh').toEqual({ zh: 'fresh', en: 'stale' });
    c = edit(c, '原文，再改了。', 'Original, edited twice.');
    expect(states(c), 'translating it clears the mark and does not make the source stale').toEqual({ zh: 'fresh', en: 'fresh' });

    c = edit(c, '原文，再改了。', 'Original, edited twice, and polished.');
    expect(states(c), 'an English edit makes the Chinese stale').toEqual({ zh: 'stale', en: 'fresh' });
    c = { ...c, blocks: [confirmTranslation(c.blocks[0]!, 'zh-HK')] };
    expect(states(c), 'confirming the Chinese clears it').toEqual({ zh: 'fresh', en: 'fresh' });
    expect(c.blocks[0]!.texts['zh-HK'].text, 'confirming changes no text').toBe('原文，再改了。');

    c = edit(c, '兩邊一起改。', 'Both edited together.');
    expect(states(c), 'both written in one save agree').toEqual({ zh: 'fresh', en: 'fresh' });
  });

  it('never marks staleness for a figure reference, swapped or restyled', () => {
    let c = storeContent(content('投資 {{us-ai-investment-2024}}。', 'Investment of {{us-ai-investment-2024}}.'), null);
    const before = c.blocks[0]!.texts;
    c = edit(c, '投資 {{us-ai-investment-2024|value}}。', 'Investment of {{us-ai-investment-2024}}.');
    expect(states(c)).toEqual({ zh: 'fresh', en: 'fresh' });
    c = edit(c, '投資 {{china-ai-investment-2024|words}}。', 'Investment of {{us-ai-investment-2024}}.');
    expect(states(c)).toEqual({ zh: 'fresh', en: 'fresh' });
    expect(c.blocks[0]!.texts['zh-HK'].text, 'the new reference is stored').toBe('投資 {{china-ai-investment-2024|words}}。');
    expect(c.blocks[0]!.texts['zh-HK'].rev, 'but it is not a new revision to translate').toBe(before['zh-HK'].rev);
    // Escaped braces are text, so changing them is a change to translate.
    c = edit(c, '投資 \\{{china-ai-investment-2024}}。', 'Investment of {{us-ai-investment-2024}}.');
    expect(states(c).en).toBe('stale');
  });

  it('reads an empty translation as missing, and counts stale and missing per locale', () => {
    const quote: PieceContent['blocks'][number] = {
      id: 'bfresh000002',
      type: 'quote',
      meta: {},
      texts: { 'zh-HK': { text: '引言', attribution: '某人' }, en: { text: '', attribution: '' } },
    };
    const chart: PieceContent['blocks'][number] = {
      id: 'bfresh000003',
      type: 'chart',
      meta: { chartId: 'x' },
      texts: { 'zh-HK': { text: '', attribution: '' }, en: { text: '', attribution: '' } },
    };
    let c = storeContent(content('一。', 'One.', [quote, chart]), null);
    c = storeContent(
      { ...content('一，改。', 'One.', [quote, chart]), texts: { ...content('', '').texts, en: { title: 'Title', standfirst: '', seoTitle: '', seoDescription: '' } } },
      c,
    );
    expect(translationState(c.blocks[1]!, 'en')).toBe('missing');
    expect(translationState(c.blocks[2]!, 'en'), 'a chart has no text of its own').toBe('fresh');
    expect(translationCounts(c)).toEqual({ 'zh-HK': { stale: 0, missing: 0 }, en: { stale: 1, missing: 2 } });
    // Filling in the missing translation is translating, not a new source: the Chinese stays fresh.
    const filled = structuredClone(c);
    filled.blocks[1]!.texts.en = { ...filled.blocks[1]!.texts.en, text: 'A quote', attribution: 'Someone' };
    const after = storeContent(filled, c);
    expect([translationState(after.blocks[1]!, 'zh-HK'), translationState(after.blocks[1]!, 'en')]).toEqual(['fresh', 'fresh']);
  });
});

describe('publishing with stale blocks', () => {
  it('asks for a yes that names exactly the stale blocks, in the locales being published', async () => {
    const { checkStaleAcknowledged, StaleTranslationError } = await import('@/lib/pieces/stale-check');
    const c = edit(storeContent(content('原文。', 'Original.'), null), '原文，改了。', 'Original.');
    expect(() => checkStaleAcknowledged(c, [])).toThrow(StaleTranslationError);
    try {
      checkStaleAcknowledged(c, []);
    } catch (e) {
      expect((e as InstanceType<typeof StaleTranslationError>).stale).toEqual([{ blockId: 'bfresh000001', position: 1, locale: 'en' }]);
    }
    expect(() => checkStaleAcknowledged(c, ['bfresh000001:zh-HK']), 'a yes for another block is no yes').toThrow(StaleTranslationError);
    expect(checkStaleAcknowledged(c, ['bfresh000001:en'])).toHaveLength(1);
    expect(checkStaleAcknowledged(c, [], ['zh-HK']), 'publishing the Chinese alone asks nothing').toEqual([]);
  });
});

describe('through saves on a real database', () => {
  withSeededDatabase();

  it('shows the stale block with the source diff, counts it for the dashboard, and clears it on confirmation by a translator', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { confirmBlockTranslation, NothingToConfirmError } = await import('@/lib/pieces/confirm-translation');
    const { translationView } = await import('@/lib/pieces/translation-sources');
    const { dashboard, translationQueue } = await import('@/lib/pieces/admin-queries');
    const { PieceConflictError } = await import('@/lib/pieces/save');
    const slug = 'ai-talent-flows';
    const start = await workingCopy(slug);
    const target = start.content.blocks.findIndex((b) => b.type === 'paragraph' && b.texts.en.text.trim());
    const id = start.content.blocks[target]!.id;
    const original = start.content.blocks[target]!.texts['zh-HK'].text;

    const next = structuredClone(start.content);
    next.blocks[target]!.texts['zh-HK'].text = `${original}新增一句。`;
    await savePiece({ pieceId: start.id, baseVersion: start.version, ...next }, ed);
    const second = structuredClone(next);
    second.blocks[target]!.texts['zh-HK'].text = `${original}新增兩句。`;
    const saved = await savePiece({ pieceId: start.id, baseVersion: start.version + 1, ...second }, ed);

    const after = await workingCopy(slug);
    const view = await translationView(after.id, after.content);
    expect(view.blocks.find((b) => b.id === id)!.state).toEqual({ 'zh-HK': 'fresh', en: 'stale' });
    expect(view.sources[`${id}:en`], 'the diff runs from the Chinese the English was written against to the Chinese now').toEqual({
      before: original,
      after: `${original}新增兩句。`,
    });
    const row = (await dashboard('en')).flatMap((s) => s.pieces).find((p) => p.slug === slug)!;
    expect(row.translation.en.stale).toBe(1);
    expect((await translationQueue('en')).map((p) => p.slug)).toContain(slug);

    await expect(confirmBlockTranslation({ pieceId: after.id, baseVersion: start.version, blockId: id, locale: 'en' }, tr), 'an old base is a conflict').rejects.toBeInstanceOf(
      PieceConflictError,
    );
    const confirmed = await confirmBlockTranslation({ pieceId: after.id, baseVersion: saved.version, blockId: id, locale: 'en' }, tr);
    expect(confirmed.version).toBe(saved.version + 1);
    const done = await workingCopy(slug);
    expect(translationState(done.content.blocks[target]!, 'en')).toBe('fresh');
    expect(done.content.blocks[target]!.texts.en.text, 'the English text is untouched').toBe(start.content.blocks[target]!.texts.en.text);
    expect((await dashboard('en')).flatMap((s) => s.pieces).find((p) => p.slug === slug)!.translation.en.stale).toBe(0);

    // An empty translation cannot be confirmed; it must be written.
    const emptied = structuredClone(done.content);
    emptied.blocks[target]!.texts.en.text = '';
    const v = await savePiece({ pieceId: done.id, baseVersion: done.version, ...emptied }, tr);
    await expect(confirmBlockTranslation({ pieceId: done.id, baseVersion: v.version, blockId: id, locale: 'en' }, tr)).rejects.toBeInstanceOf(NothingToConfirmError);
    expect((await workingCopy(slug)).version, 'nothing was written').toBe(v.version);
  });

  it('publishes stale blocks only with a yes that names them, and tells readers of that locale when the piece asks to', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const { StaleTranslationError } = await import('@/lib/pieces/stale-check');
    const { setTranslationNote } = await import('@/lib/pieces/translation-note');
    const { liveArticle } = await import('@/lib/pieces/article-model');
    const { projectArticle } = await import('@/lib/pieces/article-view');
    const slug = 'who-defines-ai-future';
    const start = await workingCopy(slug);
    const next = structuredClone(start.content);
    next.blocks[0]!.texts['zh-HK'].text += '補充一句。';
    const saved = await savePiece({ pieceId: start.id, baseVersion: start.version, ...next }, ed);

    const refused = await publishPiece(start.id, ed).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StaleTranslationError);
    expect((refused as InstanceType<typeof StaleTranslationError>).stale).toEqual([{ blockId: next.blocks[0]!.id, position: 1, locale: 'en' }]);
    expect((await workingCopy(slug)).liveVersion, 'nothing was published').toBe(start.liveVersion);

    await publishPiece(start.id, ed, null, undefined, [`${next.blocks[0]!.id}:en`]);
    expect((await workingCopy(slug)).liveVersion).toBe(saved.version);
    const view = async (l: 'en' | 'zh-HK') => projectArticle((await liveArticle('global-ai-race', slug))!, l);
    expect((await view('en')).translationUpdating, 'the note is off unless the piece asks for it').toBe(false);

    expect((await setTranslationNote(start.id, true, ed)).tags, 'the setting expires the piece').toEqual([`piece:${start.id}`]);
    expect((await view('en')).translationUpdating, 'English readers are told').toBe(true);
    expect((await view('zh-HK')).translationUpdating, 'Chinese readers read the source').toBe(false);
  });
});
