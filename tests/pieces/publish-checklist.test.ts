// The checklist before publishing, on a real database: draft markers in titles and standfirsts,
// an incomplete locale and photos without alt text block it (and the publish transaction refuses
// them too), stale translations only warn, and it says what readers will see change.
import { describe, expect, it } from 'vitest';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

withSeededDatabase();

const { ed } = EDITORS;
const fields = (title: string, standfirst = '') => ({ title, standfirst, seoTitle: '', seoDescription: '' });
type Blocks = import('@/lib/pieces/schemas').PieceCreateInput['blocks'];

async function create(slug: string, texts: { zh: [string, string]; en: [string, string] }, blocks: Blocks) {
  const { createPiece } = await import('@/lib/pieces/mutations');
  return createPiece(
    { seriesSlug: 'global-ai-race', slug, kind: 'follow-up', status: 'draft', publishedAt: null, texts: { 'zh-HK': fields(...texts.zh), en: fields(...texts.en) }, blocks },
    ed,
  );
}

describe('draft markers', () => {
  it('are 草稿, 【草稿】 and “draft” as a word, in any case', async () => {
    const { draftMarker } = await import('@/lib/pieces/publish-checks');
    expect(draftMarker('【草稿】AI人才流動')).toBe('【草稿】');
    expect(draftMarker('草稿,撰寫中')).toBe('草稿');
    expect(draftMarker('[Draft] Chips')).toBe('[Draft]');
    expect(draftMarker('DRAFT – chips')).toBe('DRAFT');
    expect(draftMarker('Draft: How AI Talent Flows')).toBe('Draft');
    expect(draftMarker('How the rules were drafted')).toBeNull();
    expect(draftMarker('晶片出口新規')).toBeNull();
  });

  it('treat an image block as a photo when it has a stored photo or an address', async () => {
    const { hasPhoto } = await import('@/lib/pieces/publish-checks');
    expect(hasPhoto({ type: 'image', meta: {} })).toBe(false);
    expect(hasPhoto({ type: 'image', meta: { src: '/media/a.webp' } })).toBe(true);
    // Photos from the media library carry an id (read loosely: older settings have none).
    expect(hasPhoto({ type: 'image', meta: { mediaId: 'cm123' } as never })).toBe(true);
    expect(hasPhoto({ type: 'paragraph', meta: { src: '/x' } })).toBe(false);
  });
});

describe('the publish checklist', () => {
  it('stops the seeded follow-up: its headlines and standfirsts still say 草稿 and Draft, and it would go public at its addresses', async () => {
    const { publishChecklist } = await import('@/lib/pieces/publish-checklist');
    const piece = await workingCopy('ai-talent-flows');
    const list = (await publishChecklist(piece.id, ['zh-HK', 'en']))!;
    expect(list.blocking).toEqual([
      { kind: 'draftMarker', locale: 'zh-HK', field: 'title', marker: '【草稿】' },
      { kind: 'draftMarker', locale: 'zh-HK', field: 'standfirst', marker: '草稿' },
      { kind: 'draftMarker', locale: 'en', field: 'title', marker: 'Draft' },
      { kind: 'draftMarker', locale: 'en', field: 'standfirst', marker: 'Draft' },
    ]);
    expect(list.change).toEqual({
      kind: 'first',
      urls: [
        { locale: 'zh-HK', url: expect.stringMatching(/\/zh-hk\/global-ai-race\/ai-talent-flows$/) },
        { locale: 'en', url: expect.stringMatching(/\/en\/global-ai-race\/ai-talent-flows$/) },
      ],
    });
    // Only the locales being published are checked.
    expect((await publishChecklist(piece.id, ['en']))!.blocking.every((b) => b.locale === 'en')).toBe(true);
  });

  it('the publish and schedule transactions refuse the same items, naming them, and change nothing', async () => {
    const { publishPiece, schedulePiece, PublishBlockedError, IncompleteError } = await import('@/lib/pieces/publish');
    const { db } = await import('@/lib/db');
    const piece = await workingCopy('ai-talent-flows');
    const err = await publishPiece(piece.id, ed).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PublishBlockedError);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as InstanceType<typeof PublishBlockedError>).items.map((i) => i.kind)).toEqual(['draftMarker', 'draftMarker', 'draftMarker', 'draftMarker']);
    await expect(schedulePiece(piece.id, new Date(Date.now() + 3_600_000), ed)).rejects.toBeInstanceOf(PublishBlockedError);
    const row = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
    expect(row.status).toBe('draft');
    expect(await db.auditEntry.count({ where: { targetId: piece.id, action: { in: ['piece.publish', 'piece.schedule'] } } })).toBe(0);
    const { getArticle } = await import('@/lib/pieces/queries');
    expect(await getArticle('global-ai-race', 'ai-talent-flows', 'en')).toBeNull();
  });

  it('says in the editor’s language what to fix', async () => {
    const { describeBlocking } = await import('@/lib/pieces/publish-checks');
    const { getTranslations } = await import('next-intl/server');
    const item = { kind: 'draftMarker', locale: 'zh-HK', field: 'title', marker: '【草稿】' } as const;
    const say = async (locale: 'en' | 'zh-hk') => {
      const t = await getTranslations({ locale, namespace: 'Admin' });
      return describeBlocking(item, (key, values) => t(key, values));
    };
    expect(await say('en')).toBe('Chinese: the headline still says “【草稿】”');
    expect(await say('zh-hk')).toBe('中文：標題仍有「【草稿】」字樣');
  });

  it('flags an incomplete locale and a photo without alt text in the locale that lacks it', async () => {
    const { publishChecklist } = await import('@/lib/pieces/publish-checklist');
    const { id } = await create('chip-photos', { zh: ['晶片工廠', '晶片如何製造。'], en: ['Chip plants', ''] }, [
      { type: 'image', meta: { src: '/media/fab.webp' }, texts: { 'zh-HK': { text: '晶片廠', attribution: '台積電的晶片廠' }, en: { text: 'A chip plant', attribution: '' } } },
      { type: 'image', meta: {}, texts: { 'zh-HK': { text: '示意圖', attribution: '' }, en: { text: 'A diagram', attribution: '' } } },
    ]);
    const list = (await publishChecklist(id, ['zh-HK', 'en']))!;
    expect(list.blocking).toEqual([
      { kind: 'incomplete', locale: 'en', field: 'standfirst' },
      { kind: 'altMissing', locale: 'en', block: 1 },
    ]);
    // Chinese alone is clean: the photo has its alt text there, and the second image has no photo.
    expect((await publishChecklist(id, ['zh-HK']))!.blocking).toEqual([]);
  });

  it('shows stale translations as a warning, counted per locale, and lists what a republish changes', async () => {
    const { publishChecklist } = await import('@/lib/pieces/publish-checklist');
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const piece = await workingCopy('who-defines-ai-future');
    const edited = structuredClone(piece.content);
    edited.blocks[1]!.texts.en.text += ' (Revised.)';
    edited.texts.en.title = 'Editorial: Who Will Shape the Future of AI?';
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...edited }, ed);

    const list = (await publishChecklist(piece.id, ['zh-HK', 'en']))!;
    expect(list.blocking).toEqual([]);
    expect(list.staleCounts).toEqual({ 'zh-HK': 1, en: 0 });
    expect(list.stale).toEqual([{ blockId: edited.blocks[1]!.id, position: 2, locale: 'zh-HK' }]);
    expect(list.change).toEqual({ kind: 'republish', liveVersion: piece.liveVersion, fields: ['en.title'], blocks: [{ position: 2, change: 'edited' }] });

    // A warning, not a block: publishing with the checklist's yes goes through.
    await publishPiece(piece.id, ed, null, list.editions, list.acknowledge);
    const { getArticle } = await import('@/lib/pieces/queries');
    expect((await getArticle('global-ai-race', 'who-defines-ai-future', 'en'))?.title).toBe('Editorial: Who Will Shape the Future of AI?');
  });

  it('publishes the follow-up once its draft markers are gone', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const { publishChecklist } = await import('@/lib/pieces/publish-checklist');
    const piece = await workingCopy('ai-talent-flows');
    const clean = structuredClone(piece.content);
    clean.texts['zh-HK'] = { ...clean.texts['zh-HK'], title: 'AI人才流動如何重塑全球競賽', standfirst: '探討AI人才流動如何影響全球競賽格局。' };
    clean.texts.en = { ...clean.texts.en, title: 'How AI Talent Flows Are Reshaping the Global Race', standfirst: 'How the movement of AI talent is shaping the global contest.' };
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...clean }, ed);
    const list = (await publishChecklist(piece.id, ['zh-HK', 'en']))!;
    expect(list.blocking).toEqual([]);
    await publishPiece(piece.id, ed, null, ['zh-HK', 'en'], list.acknowledge);
    const { getArticle } = await import('@/lib/pieces/queries');
    expect((await getArticle('global-ai-race', 'ai-talent-flows', 'zh-HK'))?.title).toBe('AI人才流動如何重塑全球競賽');
  });
});
