// "/" sends each reader to their language: the NEXT_LOCALE cookie, then Accept-Language.
import { expect, test } from '@playwright/test';

const cases: [string, Record<string, string>, string][] = [
  ['a Cantonese browser', { 'accept-language': 'zh-HK,zh;q=0.9,en;q=0.8' }, '/zh-hk'],
  ['a mainland browser', { 'accept-language': 'zh-CN,zh;q=0.9' }, '/zh-hk'],
  ['an English browser', { 'accept-language': 'en-GB,en;q=0.9' }, '/en'],
  ['a French browser', { 'accept-language': 'fr-FR,fr;q=0.9' }, '/en'],
  ['a malformed header', { 'accept-language': ';;;q=nonsense,,' }, '/zh-hk'],
  ['no header', {}, '/zh-hk'],
  ['the cookie over the header', { 'accept-language': 'zh-HK', cookie: 'NEXT_LOCALE=en' }, '/en'],
  ['the zh-HK cookie over an English header', { 'accept-language': 'en-US', cookie: 'NEXT_LOCALE=zh-HK' }, '/zh-hk'],
];

for (const [who, headers, target] of cases) {
  test(`/ redirects ${who} to ${target}`, async ({ request }) => {
    const response = await request.get('/', { headers, maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(response.status());
    expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(target);
  });
}

test('an upper-case locale prefix moves permanently to the lowercase address', async ({ request }) => {
  const response = await request.get('/zh-HK/global-ai-race/china-cost-revolution', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(/\/zh-hk\/global-ai-race\/china-cost-revolution$/);
});

test('the landing pages carry the right html lang', async ({ page }) => {
  await page.goto('/zh-hk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
