// The app is built under one origin (E2E_BUILD_SITE_URL) and served under another (SITE_URL):
// every address a crawler or a share preview reads must be the served one, on prerendered
// pages too, and in the payload client-side navigation fetches.
import { expect, test } from '@playwright/test';
import { E2E_BUILD_SITE_URL } from '../playwright.config';

const PAGES = ['', '/global-ai-race', '/global-ai-race/china-cost-revolution', '/global-ai-race/who-defines-ai-future', '/about', '/data'].flatMap((p) => [
  `/zh-hk${p}`,
  `/en${p}`,
]);
const DOCUMENTS = ['/sitemap.xml', '/robots.txt', '/zh-hk/feed.xml', '/en/feed.xml', '/zh-hk/atom.xml', '/en/atom.xml'];

test('pages, their head, share images and structured data carry the served origin, never the build one', async ({ request, baseURL }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).not.toContain(E2E_BUILD_SITE_URL);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical, path).toBe(`${baseURL}${path}`);
    for (const property of ['og:image', 'twitter:image', 'og:url']) {
      const content = new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];
      expect(content, `${path} ${property}`).toMatch(new RegExp(`^${baseURL}/`));
    }
    // Front, series and article pages describe themselves in JSON-LD; about and data do not.
    if (!/\/(about|data)$/.test(path)) {
      const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]!).join('\n');
      expect(jsonLd, `${path} JSON-LD`).toContain(`"${baseURL}`);
    }
    // What the client router fetches on navigation is rendered with the same origin.
    const rsc = await request.get(path, { headers: { RSC: '1' } });
    expect(await rsc.text(), `${path} RSC`).not.toContain(E2E_BUILD_SITE_URL);
  }
});

test('sitemaps, robots.txt and feeds carry the served origin, never the build one', async ({ request, baseURL }) => {
  for (const path of DOCUMENTS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).not.toContain(E2E_BUILD_SITE_URL);
    expect(body, path).toContain(`${baseURL}/`);
  }
  // The news sitemap lists only the last two days' pieces, so it may be empty on the seed.
  const news = await (await request.get('/news-sitemap.xml')).text();
  expect(news).not.toContain(E2E_BUILD_SITE_URL);
  for (const [, loc] of news.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(loc).toMatch(new RegExp(`^${baseURL}/`));
});
