// The build prerenders only the newest articles of each locale (the end-to-end build: one);
// an older one is rendered, complete, on its first request and cached from then on.
import { expect, test } from '@playwright/test';
import { prerenderedRoutes } from './helpers/build-dir';

const ARTICLES = ['/global-ai-race/china-cost-revolution', '/global-ai-race/who-defines-ai-future'];

test('an article the build did not prerender answers 200 with the full page', async ({ request, baseURL }) => {
  const prerendered = prerenderedRoutes();
  for (const locale of ['zh-hk', 'en']) {
    const paths = ARTICLES.map((a) => `/${locale}${a}`);
    // The limit leaves exactly one of the two published articles to the first request.
    expect(
      paths.filter((p) => prerendered.has(p)),
      locale,
    ).toHaveLength(1);
    const path = paths.find((p) => !prerendered.has(p))!;
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const html = await first.text();
    expect(html).toContain(`<link rel="canonical" href="${baseURL}${path}"/>`);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain('class="article-body"');
    expect(html).toContain('"@type":"NewsArticle"');
    // Cached from then on.
    expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');
  }
});
