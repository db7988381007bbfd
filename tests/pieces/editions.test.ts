// A piece published in one locale only, on a real SQLite file: the rows readers read hold no
// text of the other locale (the working copy keeps it), lists of that locale show the piece in
// the language it exists in and marked, its address there redirects to the version that exists,
// crawlers are told only of that version, and the editor is checked only on the locales chosen
// and refused an impossible choice.
import { describe, expect, it } from 'vitest';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

withSeededDatabase();

const SERIES = 'global-ai-race';
const SLUG = 'chip-export-rules';
const { ed } = EDITORS;
const fields = (title: string, standfirst = '') => ({ title, standfirst, seoTitle: '', seoDescription: '' });
const zhBody = '美國收緊晶片出口,DeepSeek R1的輸入價格為{{deepseek-r1-input-price}}。';

async function createHalfTranslated(slug = SLUG) {
  const { createPiece } = await import('@/lib/pieces/mutations');
  return createPiece(
    {
      seriesSlug: SERIES,
      slug,
      kind: 'follow-up',
      status: 'draft',
      publishedAt: null,
      texts: { 'zh-HK': fields('晶片出口新規', '美國的新規則如何影響AI競賽。'), en: fields('Working title: chip rules') },
      blocks: [
        { type: 'paragraph', meta: {}, texts: { 'zh-HK': { text: zhBody, attribution: '' }, en: { text: 'Half a translat', attribution: '' } } },
        { type: 'quote', meta: {}, texts: { 'zh-HK': { text: '規則會改變。', attribution: '分析員' }, en: { text: '', attribution: 'An analyst' } } },
      ],
    },
    ed,
  );
}

async function readerRows(pieceId: string) {
  const { db } = await import('@/lib/db');
  const piece = await db.piece.findUniqueOrThrow({
    where: { id: pieceId },
    select: { editions: true, texts: true, blocks: { orderBy: { position: 'asc' }, select: { texts: true } } },
  });
  const text = (l: string) => piece.texts.find((t) => t.locale === l)!;
  const blocks = (l: string) => piece.blocks.map((b) => b.texts.find((t) => t.locale === l)!);
  return { editions: piece.editions, text, blocks };
}

async function crawlerView() {
  const { getReaderSite } = await import('@/lib/seo/queries');
  const { sitemapUrls } = await import('@/lib/seo/sitemaps/sitemap');
  const { newsUrls } = await import('@/lib/seo/sitemaps/news-sitemap');
  const { buildFeed } = await import('@/lib/seo/feed-data');
  const { newestArticlePaths } = await import('@/lib/pieces/static-params');
  const { getProvenance } = await import('@/lib/data/queries');
  const site = await getReaderSite();
  const path = `/${SERIES}/${SLUG}`;
  const sitemap = sitemapUrls(site).filter((u) => u.loc.endsWith(path));
  const news = newsUrls(site.pieces, new Date()).filter((u) => u.loc.endsWith(path));
  const feed = async (l: 'zh-HK' | 'en') => (await buildFeed(l, 'atom')).entries.some((e) => e.url.endsWith(path));
  const prerendered = async (l: 'zh-HK' | 'en') => (await newestArticlePaths(l, 5)).some((p) => p.piece === SLUG);
  const usedIn = async (l: 'zh-HK' | 'en') => (await getProvenance('deepseek-r1-input-price', l))!.pieces.some((p) => p.slug === SLUG);
  return {
    sitemap: sitemap.map((u) => u.loc),
    alternates: sitemap[0]?.alternates,
    news: news.map((u) => u.loc),
    feeds: { 'zh-HK': await feed('zh-HK'), en: await feed('en') },
    prerendered: { 'zh-HK': await prerendered('zh-HK'), en: await prerendered('en') },
    usedIn: { 'zh-HK': await usedIn('zh-HK'), en: await usedIn('en') },
  };
}

describe('publishing in one locale only', () => {
  it('checks only the chosen locales: both are refused while the English is unfinished, Chinese alone is published', async () => {
    const { publishPiece, IncompleteError } = await import('@/lib/pieces/publish');
    const { id } = await createHalfTranslated();
    const err = await publishPiece(id, ed).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as InstanceType<typeof IncompleteError>).missing).toEqual([
      { locale: 'en', field: 'standfirst' },
      { locale: 'en', field: 'block', block: 2 },
    ]);
    const onlyEn = await publishPiece(id, ed, null, ['en']).catch((e: unknown) => e);
    expect((onlyEn as InstanceType<typeof IncompleteError>).missing.every((m) => m.locale === 'en')).toBe(true);

    const outcome = await publishPiece(id, ed, null, ['zh-HK']);
    expect(outcome.tags).toContain('listings');
    const { db } = await import('@/lib/db');
    const audit = await db.auditEntry.findFirstOrThrow({ where: { targetId: id, action: 'piece.publish' } });
    expect(audit.summary).toContain('[zh-HK]');
  });

  it('writes the English empty in the rows readers read, and keeps the translation in progress in the working copy', async () => {
    const piece = await workingCopy(SLUG);
    const rows = await readerRows(piece.id);
    expect(rows.editions).toBe('zh-HK');
    expect(rows.text('en')).toMatchObject({ title: '', standfirst: '', seoTitle: '', seoDescription: '' });
    expect(rows.blocks('en').map((b) => [b.text, b.attribution])).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(rows.text('zh-HK').title).toBe('晶片出口新規');
    expect(rows.blocks('zh-HK').map((b) => b.text)).toEqual([zhBody, '規則會改變。']);

    expect(piece.editions).toEqual(['zh-HK']);
    expect(piece.content.texts.en.title).toBe('Working title: chip rules');
    expect(piece.content.blocks.map((b) => b.texts.en.attribution)).toEqual(['', 'An analyst']);
    expect(piece.content.blocks[0]!.texts.en.text).toBe('Half a translat');

    const { dashboard } = await import('@/lib/pieces/admin-queries');
    const row = (await dashboard('en')).flatMap((s) => s.pieces).find((p) => p.slug === SLUG)!;
    expect(row).toMatchObject({ editions: ['zh-HK'], localeStatus: { 'zh-HK': 'published', en: 'incomplete' } });

    // Publishing again without a choice keeps the locales it is published in.
    const { publishPiece } = await import('@/lib/pieces/publish');
    await publishPiece(piece.id, ed);
    expect((await readerRows(piece.id)).editions).toBe('zh-HK');
  });

  it('lists it on the English series page, front page and in series navigation in Chinese, marked', async () => {
    const { getSeriesPage, listSeries } = await import('@/lib/pieces/listings');
    const { getArticle } = await import('@/lib/pieces/queries');
    const en = (await getSeriesPage(SERIES, 'en', 1))!.pieces.find((p) => p.slug === SLUG);
    expect(en).toMatchObject({ title: '晶片出口新規', standfirst: '美國的新規則如何影響AI競賽。', onlyIn: 'zh-HK' });
    const zh = (await getSeriesPage(SERIES, 'zh-HK', 1))!.pieces.find((p) => p.slug === SLUG);
    expect(zh).toMatchObject({ title: '晶片出口新規' });
    expect(zh).not.toHaveProperty('onlyIn');
    const front = (await listSeries('en')).find((s) => s.slug === SERIES)!.pieces.find((p) => p.slug === SLUG);
    expect(front?.onlyIn).toBe('zh-HK');
    // The piece before it in the series names it as the next one, in Chinese, marked.
    expect((await getArticle(SERIES, 'who-defines-ai-future', 'en'))?.next).toMatchObject({ slug: SLUG, title: '晶片出口新規', onlyIn: 'zh-HK' });
    expect((await getArticle(SERIES, 'who-defines-ai-future', 'zh-HK'))?.next).not.toHaveProperty('onlyIn');
  });

  it('tells crawlers only of the Chinese version: sitemaps, hreflang, feeds, prerendering and the data pages', async () => {
    const { getPieceSeo } = await import('@/lib/seo/queries');
    const { articleJsonLd, articleMetadata } = await import('@/lib/seo/metadata/page-seo');
    const seo = (await getPieceSeo(SERIES, SLUG))!;
    expect(seo.locales).toEqual(['zh-HK']);
    expect(articleMetadata(seo, 'en')).toEqual({});
    expect(Object.keys(articleMetadata(seo, 'zh-HK').alternates?.languages ?? {})).toEqual(['zh-HK', 'x-default']);
    const ld = articleJsonLd(seo, 'zh-HK', [])[0]!;
    expect(ld).not.toHaveProperty('workTranslation');
    expect(ld).toMatchObject({ inLanguage: 'zh-HK' });

    const view = await crawlerView();
    expect(view.sitemap).toEqual([`http://localhost:3000/zh-hk/${SERIES}/${SLUG}`]);
    expect(Object.keys(view.alternates!)).toEqual(['zh-HK', 'x-default']);
    expect(view.news).toEqual([`http://localhost:3000/zh-hk/${SERIES}/${SLUG}`]);
    expect(view.feeds).toEqual({ 'zh-HK': true, en: false });
    expect(view.prerendered).toEqual({ 'zh-HK': true, en: false });
    expect(view.usedIn).toEqual({ 'zh-HK': true, en: false });
  });

  it('sends readers of the English address to the Chinese version with a temporary redirect, every path under it too', async () => {
    const { loadRetiredPaths, retiredAnswer } = await import('@/lib/seo/routing/retired-paths');
    const { retiredResponse } = await import('@/lib/seo/routing/retired-response');
    const table = await loadRetiredPaths();
    const zh = `/zh-hk/${SERIES}/${SLUG}`;
    expect(table.get(`/en/${SERIES}/${SLUG}`)).toEqual({ status: 307, location: zh });
    expect(table.get(zh)).toBeUndefined();
    expect(retiredAnswer(table, `/en/${SERIES}/${SLUG}/opengraph-image`)).toEqual({ status: 307, location: `${zh}/opengraph-image` });
    const res = retiredResponse(table.get(`/en/${SERIES}/${SLUG}`)!, 'en', 'GET');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`http://localhost:3000${zh}`);
  });

  it('once the English is finished and both are published, it is an ordinary piece again', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const piece = await workingCopy(SLUG);
    const content = structuredClone(piece.content);
    content.texts.en = fields('New chip export rules', 'How the new rules shape the AI race.');
    content.blocks[0]!.texts.en.text = 'The US tightened chip exports; DeepSeek R1 input costs {{deepseek-r1-input-price}}.';
    content.blocks[1]!.texts.en.text = 'The rules will change.';
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...content }, ed);
    // Unpublished edits stay private: readers still see the Chinese only.
    expect((await readerRows(piece.id)).text('en').title).toBe('');
    // Finishing the half-written English revised a block the Chinese now lags behind: publishing names it.
    const { staleBlocks, staleKey } = await import('@/lib/pieces/stale-check');
    const stale = staleBlocks((await workingCopy(SLUG)).content);
    expect(stale.map((b) => [b.position, b.locale])).toEqual([[1, 'zh-HK']]);
    await publishPiece(piece.id, ed, null, ['zh-HK', 'en'], stale.map(staleKey));

    expect((await readerRows(piece.id)).editions).toBe('zh-HK,en');
    const { getSeriesPage } = await import('@/lib/pieces/listings');
    const en = (await getSeriesPage(SERIES, 'en', 1))!.pieces.find((p) => p.slug === SLUG);
    expect(en).toMatchObject({ title: 'New chip export rules' });
    expect(en).not.toHaveProperty('onlyIn');
    const view = await crawlerView();
    expect(view.sitemap).toHaveLength(2);
    expect(view.feeds).toEqual({ 'zh-HK': true, en: true });
    expect(view.usedIn).toEqual({ 'zh-HK': true, en: true });
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    expect((await loadRetiredPaths()).get(`/en/${SERIES}/${SLUG}`)).toBeUndefined();
  });

  it('works the other way round: published in English only, the Chinese pages list it in English', async () => {
    const { publishPiece } = await import('@/lib/pieces/publish');
    const piece = await workingCopy(SLUG);
    await publishPiece(piece.id, ed, null, ['en']);
    const rows = await readerRows(piece.id);
    expect(rows.text('zh-HK').title).toBe('');
    expect(rows.blocks('zh-HK').map((b) => b.text)).toEqual(['', '']);
    const { getSeriesPage } = await import('@/lib/pieces/listings');
    expect((await getSeriesPage(SERIES, 'zh-HK', 1))!.pieces.find((p) => p.slug === SLUG)).toMatchObject({ title: 'New chip export rules', onlyIn: 'en' });
    expect((await crawlerView()).feeds).toEqual({ 'zh-HK': false, en: true });
    expect((await workingCopy(SLUG)).content.texts['zh-HK'].title).toBe('晶片出口新規');
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    expect((await loadRetiredPaths()).get(`/zh-hk/${SERIES}/${SLUG}`)).toEqual({ status: 307, location: `/en/${SERIES}/${SLUG}` });
  });

  it('answers 410 in both locales once taken down: a withdrawn piece is gone, not redirected', async () => {
    const { unpublishPiece } = await import('@/lib/pieces/publish');
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    await unpublishPiece((await workingCopy(SLUG)).id, ed);
    const table = await loadRetiredPaths();
    expect(table.get(`/zh-hk/${SERIES}/${SLUG}`)).toEqual({ status: 410 });
    expect(table.get(`/en/${SERIES}/${SLUG}`)).toEqual({ status: 410 });
  });
});

describe('choosing the editions', () => {
  async function adminT(locale: 'zh-hk' | 'en') {
    const { getTranslations } = await import('next-intl/server');
    return getTranslations({ locale, namespace: 'Admin' });
  }

  it('refuses no locale, an unknown one or the same one twice, in the editor’s language', async () => {
    const { piecePublishSchema, pieceScheduleSchema } = await import('@/lib/pieces/schemas');
    const { fieldErrorsOf } = await import('@/lib/admin/validation-messages');
    const en = await adminT('en');
    const zh = await adminT('zh-hk');
    const errors = (input: unknown, t: typeof en) => {
      const parsed = piecePublishSchema.safeParse(input);
      return parsed.success ? {} : fieldErrorsOf(t, parsed.error);
    };
    expect(errors({ pieceId: 'p1', editions: [] }, en)).toEqual({ editions: 'Choose at least one language to publish in.' });
    expect(errors({ pieceId: 'p1', editions: [] }, zh)).toEqual({ editions: '請選擇最少一種發表語言。' });
    expect(errors({ pieceId: 'p1' }, en)).toEqual({ editions: 'Choose at least one language to publish in.' });
    expect(errors({ pieceId: 'p1', editions: ['zh-HK', 'fr'] }, en)).toEqual({ 'editions.1': 'That language is not one the site publishes in.' });
    expect(errors({ pieceId: 'p1', editions: ['en', 'en'] }, en)).toEqual({ editions: 'Choose each language once.' });
    expect(errors({ pieceId: 'p1', editions: ['en', 'zh-HK'] }, en)).toEqual({});
    expect(pieceScheduleSchema.safeParse({ pieceId: 'p1', at: '2030-01-01T09:00', editions: [] }).success).toBe(false);
  });

  it('refuses an empty choice in the domain too, and changes nothing', async () => {
    const { publishPiece, schedulePiece } = await import('@/lib/pieces/publish');
    const { id } = await createHalfTranslated('chip-rules-two');
    await expect(publishPiece(id, ed, null, [])).rejects.toThrow();
    await expect(schedulePiece(id, new Date(Date.now() + 60_000), ed, null, [])).rejects.toThrow();
    const { db } = await import('@/lib/db');
    expect(await db.piece.findUniqueOrThrow({ where: { id }, select: { status: true, editions: true } })).toEqual({ status: 'draft', editions: 'zh-HK,en' });
  });

  it('schedules in one locale: the rows are written at once and the piece goes live in that locale on time', async () => {
    const { schedulePiece, publishDuePieces } = await import('@/lib/pieces/publish');
    const { getSeriesPage } = await import('@/lib/pieces/listings');
    const { db } = await import('@/lib/db');
    const { id } = await db.piece.findFirstOrThrow({ where: { slug: 'chip-rules-two' }, select: { id: true } });
    await schedulePiece(id, new Date(Date.now() + 60_000), ed, null, ['zh-HK']);
    expect((await readerRows(id)).editions).toBe('zh-HK');
    expect((await readerRows(id)).text('en').title).toBe('');
    await db.piece.update({ where: { id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect(await publishDuePieces()).toMatchObject([{ slug: 'chip-rules-two' }]);
    expect((await getSeriesPage(SERIES, 'en', 1))!.pieces.find((p) => p.slug === 'chip-rules-two')?.onlyIn).toBe('zh-HK');
  });
});
