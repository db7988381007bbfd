// A reader's journey through the series in both languages.
import { expect, test } from '@playwright/test';
import { editorialHeadline, editorialLines, featureHeadline, featureLines } from './helpers/seed-source';

const FEATURE = '/global-ai-race/china-cost-revolution';
const EDITORIAL = '/global-ai-race/who-defines-ai-future';

test('the zh-HK feature shows every paragraph, quote, heading and caption of the seed verbatim', async ({ page }) => {
  const response = await page.goto(`/zh-hk${FEATURE}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(featureHeadline);
  const text = (await page.locator('article').textContent()) ?? '';
  const missing = featureLines.filter((line) => !text.includes(line));
  expect(missing).toEqual([]);
  await expect(page.locator('.pull-quote')).toHaveCount(4);
  await expect(page.locator('.photo figcaption')).toHaveText(['中國的中央集權策略,即使在芯片受限情況下,依然取得成效', '騰訊華東最大數據中心']);
});

test('the zh-HK editorial shows every paragraph of the seed verbatim', async ({ page }) => {
  await page.goto(`/zh-hk${EDITORIAL}`);
  await expect(page.locator('h1')).toHaveText(editorialHeadline);
  const text = (await page.locator('article').textContent()) ?? '';
  expect(editorialLines.filter((line) => !text.includes(line))).toEqual([]);
});

test('the English feature is complete and uses English figure forms', async ({ page }) => {
  await page.goto(`/en${FEATURE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const body = page.locator('.article-body');
  // One English block for every zh-HK block: the two languages stay aligned.
  await page.goto(`/zh-hk${FEATURE}`);
  const zhBlocks = await page.locator('.article-body > *').count();
  await page.goto(`/en${FEATURE}`);
  await expect(page.locator('.article-body > *')).toHaveCount(zhBlocks);
  const text = (await body.textContent()) ?? '';
  for (const form of [
    '389 billion',
    '90.8%',
    '1–3%',
    '1.5 trillion',
    '$109.1 billion',
    '€22 billion',
    '140 terawatt-hours',
    '$0.55',
    '$2.19',
    '$15',
    '$60',
    '0.3, 8.1, 1.6 and 3.7 percentage points',
  ]) {
    expect(text, `English page should show ${form}`).toContain(form);
  }
  expect(text).not.toMatch(/億|美元|\p{Script=Han}/u);
  await expect(page.locator('.sources li').first()).toBeVisible();
});

test('every published piece renders fully in both locales', async ({ page }) => {
  for (const locale of ['zh-hk', 'en']) {
    for (const path of [FEATURE, EDITORIAL]) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.standfirst').first()).not.toBeEmpty();
      await expect(page.locator('article time[datetime]').first()).toBeAttached();
      // A figure never renders as a blank or as its raw key.
      expect(await page.locator('article mark').count()).toBe(0);
      for (const figure of await page.locator('data.figure').allTextContents()) expect(figure.trim()).not.toBe('');
    }
  }
});

test('the front page and series page list the published pieces in order, not the draft', async ({ page }) => {
  for (const path of ['/zh-hk', '/zh-hk/global-ai-race']) {
    await page.goto(path);
    const titles = await page.locator('.piece-card h3').allTextContents();
    expect(titles).toEqual([featureHeadline, editorialHeadline]);
  }
  await page.goto('/en/global-ai-race');
  await expect(page.locator('h1')).toHaveText('The Global AI Race');
  await expect(page.locator('.piece-card h3')).toHaveCount(2);
});

test('the language switcher keeps the reader on the same piece', async ({ page }) => {
  await page.goto(`/zh-hk${FEATURE}`);
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${FEATURE}$`));
  await page.getByRole('link', { name: '閱讀中文版' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk${FEATURE}$`));
});

test('series navigation links the feature and the editorial', async ({ page }) => {
  await page.goto(`/en${FEATURE}`);
  await page.locator('.series-nav a[rel=next]').click();
  await expect(page).toHaveURL(new RegExp(`/en${EDITORIAL}$`));
  await expect(page.locator('.series-nav a[rel=prev]')).toHaveAttribute('href', `/en${FEATURE}`);
});

for (const [what, path, heading] of [
  ['a draft (zh-HK)', '/zh-hk/global-ai-race/ai-talent-flows', '找不到這一頁'],
  ['a draft (en)', '/en/global-ai-race/ai-talent-flows', 'Page not found'],
  ['an unknown piece', '/en/global-ai-race/no-such-piece', 'Page not found'],
  ['an unknown series', '/zh-hk/no-such-series', '找不到這一頁'],
  ['an unknown deep path', '/en/a/b/c/d', 'Page not found'],
] as const) {
  test(`${what} is a localised 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText(heading);
  });
}

test('the article has no console errors and reads without JavaScript', async ({ browser }) => {
  const withJs = await browser.newPage();
  const errors: string[] = [];
  withJs.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  withJs.on('pageerror', (e) => errors.push(e.message));
  await withJs.goto(`/zh-hk${FEATURE}`, { waitUntil: 'networkidle' });
  expect(errors).toEqual([]);
  await withJs.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en${FEATURE}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.pull-quote')).toHaveCount(4);
  await page.getByRole('link', { name: '閱讀中文版' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await context.close();
});
