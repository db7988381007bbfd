// Made-up addresses answer the localised 404 and leave nothing behind: no page is stored on
// disk or served from memory for them, so no one can fill the server's cache by inventing URLs.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serverFiles } from './helpers/build-dir';

const notFoundTitle = (file: string) => (JSON.parse(readFileSync(`messages/${file}.json`, 'utf8')) as { NotFound: { title: string } }).NotFound.title;
const TITLE: Record<string, string> = { en: notFoundTitle('en'), 'zh-hk': notFoundTitle('zh-HK') };
/** Unknown addresses asked for in each locale: pieces, series, pieces of unknown series, series pages, figures. */
const PER_LOCALE = 30;
const made = () => `no-such-${randomBytes(4).toString('hex')}`;

test('unknown pieces, series and their pages answer 404 and write nothing to the cache', async ({ request, page }) => {
  test.setTimeout(120_000);
  // Warm the routes first, so only what the unknown addresses would store can show up.
  for (const path of ['/en/global-ai-race/china-cost-revolution', '/zh-hk/global-ai-race', '/en/global-ai-race/page/2']) await request.get(path);
  const before = serverFiles();
  const paths = Object.keys(TITLE).flatMap((locale) =>
    Array.from({ length: PER_LOCALE / 5 }, () => [
      `/${locale}/global-ai-race/${made()}`,
      `/${locale}/${made()}`,
      `/${locale}/${made()}/${made()}`,
      `/${locale}/global-ai-race/page/${1000 + Math.floor(Math.random() * 9000)}`,
      `/${locale}/data/${made()}`,
    ]).flat(),
  );
  for (const path of paths) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain(TITLE[path.split('/')[1]!]);
      // Asked again, it is rendered again rather than served from the in-memory cache.
      expect(response.headers()['x-nextjs-cache'], path).not.toBe('HIT');
    }
  }
  const added = [...serverFiles()].filter((f) => !before.has(f));
  expect(added).toEqual([]);
  // A reader sees the localised not-found page (its links' prefetches may cache real pages).
  for (const path of [paths[0]!, paths[1]!, paths[PER_LOCALE]!, paths[PER_LOCALE + 1]!]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('h1'), path).toHaveText(TITLE[path.split('/')[1]!]!);
  }
});
