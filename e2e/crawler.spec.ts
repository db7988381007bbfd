// A search engine's journey on the seeded site: from robots.txt through the sitemaps to every
// page (a test per kind of page, see crawlTests), its head, structured data, share image and
// feeds; the status codes of retired addresses; the headers of previews and the editors'
// panel. crawler-after-edits.spec.ts walks again once editors have changed the data.
import { expect, test } from '@playwright/test';
import { crawlTests, PUBLIC_CACHE, readSitemaps } from './helpers/crawl';
import { addRetiredPieces, removeRetiredPieces, SLUGS } from './helpers/seo-db';

test.describe.configure({ mode: 'serial' });

const FEATURE = '/global-ai-race/china-cost-revolution';
const LANG: Record<string, string> = { 'zh-hk': 'zh-HK', en: 'en' };

crawlTests('a crawler starting at robots.txt', {
  onSitemaps: ({ site }, baseURL) => {
    for (const path of ['', '/global-ai-race', FEATURE, '/about', '/data', '/data/deepseek-r1-input-price'].flatMap((p) => [`/zh-hk${p}`, `/en${p}`])) {
      expect(site.entries.has(`${baseURL}${path}`), path).toBe(true);
    }
    // The seeded follow-up is a draft: not listed anywhere.
    expect([...site.entries.keys()].some((u) => u.endsWith('/ai-talent-flows'))).toBe(false);
  },
});

test.describe('retired and unpublished addresses', () => {
  test.beforeAll(() => addRetiredPieces('china-cost-revolution'));
  test.afterAll(() => removeRetiredPieces());

  for (const locale of ['zh-hk', 'en']) {
    test(`answer 301, 410 and 404 in ${locale}, and HEAD like GET`, async ({ request, baseURL }) => {
      const old = `/${locale}/global-ai-race/${SLUGS.old}`;
      // The proxy reads retired paths from a table it refreshes every few seconds.
      await expect.poll(async () => (await request.get(old, { maxRedirects: 0 })).status(), { timeout: 15_000 }).toBe(301);
      const { entries } = await readSitemaps(request);
      for (const slug of Object.values(SLUGS))
        expect(
          [...entries.keys()].some((u) => u.endsWith(`/${slug}`)),
          slug,
        ).toBe(false);
      for (const method of ['get', 'head'] as const) {
        const moved = await request[method](old, { maxRedirects: 0 });
        expect(moved.status()).toBe(301);
        // Next relativises a same-origin Location; either form resolves to the new address.
        expect(new URL(moved.headers()['location']!, baseURL).href).toBe(`${baseURL}/${locale}${FEATURE}`);
        expect(moved.headers()['cache-control']).toMatch(PUBLIC_CACHE);

        const gone = await request[method](`/${locale}/global-ai-race/${SLUGS.gone}`, { maxRedirects: 0 });
        expect(gone.status()).toBe(410);
        expect(gone.headers()['cache-control']).toMatch(PUBLIC_CACHE);
        expect(gone.headers()['x-robots-tag']).toBe('noindex');
        const body = await gone.text();
        if (method === 'head') expect(body).toBe('');
        else expect(body).toContain(`<html lang="${LANG[locale]}">`);

        // Every path under the piece follows it: its share image (and the hashed name Next
        // gives it under route groups) and views beneath the article.
        for (const sub of ['/opengraph-image', '/opengraph-image-1x9abc', '/parallel']) {
          const goneSub = await request[method](`/${locale}/global-ai-race/${SLUGS.gone}${sub}`, { maxRedirects: 0 });
          expect(goneSub.status(), `${method} gone${sub}`).toBe(410);
          const movedSub = await request[method](`${old}${sub}`, { maxRedirects: 0 });
          expect(movedSub.status(), `${method} old${sub}`).toBe(301);
          expect(new URL(movedSub.headers()['location']!, baseURL).href).toBe(`${baseURL}/${locale}${FEATURE}${sub}`);
        }

        for (const path of [`/${locale}/global-ai-race/${SLUGS.draft}`, `/${locale}/global-ai-race/no-such-piece`, `/${locale}/no-such-series`]) {
          const missing = await request[method](path, { maxRedirects: 0 });
          expect(missing.status(), `${method} ${path}`).toBe(404);
        }
      }
    });
  }
});

test('previews and the editors panel are private and not indexed; public pages are cacheable', async ({ request }) => {
  const preview = await request.get(`/en${FEATURE}`, { headers: { cookie: '__prerender_bypass=anything' } });
  expect(preview.headers()['cache-control']).toBe('private, no-store');
  expect(preview.headers()['x-robots-tag']).toBe('noindex');
  const admin = await request.get('/admin/sign-in');
  expect(admin.headers()['cache-control']).toBe('private, no-store');
  expect(admin.headers()['x-robots-tag']).toMatch(/noindex/);
  const reader = await request.get(`/en${FEATURE}`);
  expect(reader.headers()['cache-control']).toMatch(PUBLIC_CACHE);
});
