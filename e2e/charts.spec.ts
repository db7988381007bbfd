// Readers see the feature's charts in both languages, without JavaScript, with the same
// numbers in an accessible table and a CSV behind each; article and data pages pass axe.
import { axeViolations } from './helpers/axe';
import { expect, test } from '@playwright/test';

const FEATURE = '/global-ai-race/china-cost-revolution';
const CHARTS = ['mmlu-hunyuan-llama', 'private-ai-investment-2024', 'china-dc-electricity', 'api-prices', 'hai-us-china-gap'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['zh-hk', 'en'] as const) {
    test(`every seeded chart renders as SVG in ${locale}, with its hidden table`, async ({ page }) => {
      await page.goto(`/${locale}${FEATURE}`);
      for (const key of CHARTS) {
        const chart = page.locator(`figure.chart[data-chart="${key}"]`);
        await expect(chart.locator('svg[role="img"]')).toBeVisible();
        await expect(chart.locator('figcaption')).not.toBeEmpty();
        expect(await chart.locator('svg rect.chart-bar').count()).toBeGreaterThan(1);
        await expect(chart.locator('a[download]')).toHaveAttribute('href', `/api/charts/${key}.csv`);
      }
      const prices = page.locator('figure.chart[data-chart="api-prices"] table tbody tr');
      const texts = await prices.locator('td[data-value]').allTextContents();
      expect(texts).toEqual(locale === 'en' ? ['$0.55', '$2.19', '$15', '$60', '$5', '$15'] : ['0.55美元', '2.19美元', '15美元', '60美元', '5美元', '15美元']);
      const values = await prices.locator('td[data-value]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
      expect(values).toEqual([0.55, 2.19, 15, 60, 5, 15]);
      const investment = page.locator('figure.chart[data-chart="private-ai-investment-2024"]');
      await expect(investment.locator('.chart-source')).toContainText(locale === 'en' ? 'Stanford HAI' : '史丹福');
      const electricity = page.locator('figure.chart[data-chart="china-dc-electricity"]');
      await expect(electricity.locator('.chart-notes')).toContainText(locale === 'en' ? 'is derived from' : '推算');
      // A source line grouping figures of different dates shows each one's own date.
      await expect(page.locator('figure.chart[data-chart="api-prices"] .chart-source')).toContainText(
        locale === 'en' ? 'OpenAI o1: 17 December 2024; GPT-4o (lowest rate): 13 May 2024' : 'OpenAI o1：2024年12月17日；GPT-4o(最低收費)：2024年5月13日',
      );
    });
  }

  test('the chart follows the text that makes its point', async ({ page }) => {
    await page.goto(`/en${FEATURE}`);
    const prev = page.locator('figure.chart[data-chart="api-prices"]').locator('xpath=preceding-sibling::*[1]');
    await expect(prev).toContainText('$0.55');
  });

  test('the data page lists every figure with its source and as-of date, and links each figure', async ({ page }) => {
    await page.goto('/en/data');
    await expect(page.locator('h1')).toHaveText('Data');
    await expect(page.locator('tr[data-figure]')).toHaveCount(35);
    const row = page.locator('tr[data-figure="deepseek-r1-input-price"]');
    await expect(row.locator('td').first()).toHaveText('$0.55');
    await expect(row).toContainText('DeepSeek API pricing');
    await row.getByRole('link').first().click();
    await expect(page.getByTestId('figure-value')).toHaveText('$0.55');
    await page.goto('/zh-hk/data/deepseek-r1-input-price');
    await expect(page.getByTestId('figure-value')).toHaveText('0.55美元');
  });
});

test('the downloads parse and match the page', async ({ request }) => {
  const csv = await request.get('/api/figures.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const body = await csv.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain('deepseek-r1-input-price,currency,USD,0.55,');
  const json = (await (await request.get('/api/figures.json')).json()) as { figures: { key: string; value: number }[] };
  expect(json.figures.find((f) => f.key === 'hai-gap-mmmu')?.value).toBe(8.1);
  const chart = await (await request.get('/api/charts/api-prices.csv')).text();
  expect(chart.split('\r\n').filter(Boolean)).toHaveLength(7);
  expect((await request.get('/api/charts/nope.csv')).status()).toBe(404);
});

for (const path of [`/zh-hk${FEATURE}`, `/en${FEATURE}`, '/zh-hk/data', '/en/data', '/en/data/deepseek-r1-input-price']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('charts read at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/zh-hk${FEATURE}`);
  const box = await page.locator('figure.chart[data-chart="api-prices"] svg').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
  expect(box!.width).toBeGreaterThan(250);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
