// A reader reading and switching in tandem: the side-by-side view of the feature (every block
// in both languages, row by row, with or without JavaScript), the switcher and the passage
// links that keep the reader at the same paragraph, the reading time and the printed page.
import { axeViolations } from './helpers/axe';
import { expect, test, type Page } from '@playwright/test';

const FEATURE = '/global-ai-race/china-cost-revolution';
const LANG = { 'zh-hk': 'zh-HK', en: 'en' } as const;
const OTHER = { 'zh-hk': 'en', en: 'zh-hk' } as const;
type UrlLocale = keyof typeof LANG;

/** The anchors of the article's blocks, in order (each block carries one, the same in both languages). */
async function articleAnchors(page: Page, locale: UrlLocale): Promise<string[]> {
  await page.goto(`/${locale}${FEATURE}`);
  return page.locator('.article-body > [id^="b-"]').evaluateAll((els) => els.map((e) => e.id));
}

/** What the side-by-side view shows in each row: its anchor and, per side, its language, text and whether it draws a chart. */
async function parallelRows(page: Page) {
  return page.locator('.parallel-body > .parallel-row').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.id,
      sides: [...row.children].map((side) => ({
        lang: side.getAttribute('lang'),
        text: (side.textContent ?? '').trim(),
        chart: side.querySelector('figure.chart svg') !== null,
      })),
    })),
  );
}

async function expectAligned(page: Page, locale: UrlLocale, anchors: string[]) {
  const response = await page.goto(`/${locale}${FEATURE}/parallel`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', LANG[locale]);
  const rows = await parallelRows(page);
  // One row per block of the article, in its order, under the same anchors.
  expect(rows.map((r) => r.id)).toEqual(anchors);
  for (const row of rows) {
    expect(
      row.sides.map((s) => s.lang),
      row.id,
    ).toEqual([LANG[locale], LANG[OTHER[locale]]]);
    for (const side of row.sides) expect(side.text, `${row.id} ${side.lang}`).not.toBe('');
    expect(new Set(row.sides.map((s) => s.chart)).size, `${row.id}: a chart on both sides or neither`).toBe(1);
  }
  expect(rows.filter((r) => r.sides[0]!.chart)).toHaveLength(5);
  // Both headlines, and the page's own as the one h1.
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator(`.parallel-headline [lang="${LANG[OTHER[locale]]}"] .parallel-title`)).not.toBeEmpty();
  // Search engines are pointed at the article in the page's language.
  const canonical = await page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(canonical).toEqual([new URL(`/${locale}${FEATURE}`, page.url()).href]);
  // No id twice, though every block and chart appears twice.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test(`the side-by-side view shows every block of the feature in both languages, aligned (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    for (const locale of ['zh-hk', 'en'] as const) {
      const anchors = await articleAnchors(page, locale);
      expect(anchors.length).toBeGreaterThan(20);
      await expectAligned(page, locale, anchors);
    }
    await context.close();
  });
}

test('the article links to its side-by-side view and back, and the switcher keeps to the view', async ({ page }) => {
  await page.goto(`/zh-hk${FEATURE}`);
  await page.getByRole('link', { name: '中英對照' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk${FEATURE}/parallel$`));
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${FEATURE}/parallel$`));
  await expect(page.locator('.parallel-body .parallel-side').first()).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Back to the article' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${FEATURE}$`));
  await expect(page.getByRole('link', { name: 'Side by side' })).toHaveAttribute('href', `/en${FEATURE}/parallel`);
});

test('side by side on a wide screen, stacked on a phone with the page’s language first', async ({ browser }) => {
  for (const [width, sideBySide] of [
    [1280, true],
    [390, false],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`/en${FEATURE}/parallel`);
    const row = page.locator('.parallel-body > .parallel-row[data-block-type="paragraph"]').nth(2);
    const english = (await row.locator('> [lang="en"]').boundingBox())!;
    const chinese = (await row.locator('> [lang="zh-HK"]').boundingBox())!;
    if (sideBySide) {
      // Aligned on one line, the page's language on the left.
      expect(english.y).toBe(chinese.y);
      expect(english.x + english.width).toBeLessThanOrEqual(chinese.x);
    } else {
      expect(english.y + english.height).toBeLessThanOrEqual(chinese.y);
      // The other language is set apart: smaller and with a rule beside it.
      const style = (lang: string) =>
        row.locator(`> [lang="${lang}"]`).evaluate((e) => {
          const s = getComputedStyle(e);
          return { size: parseFloat(s.fontSize), rule: s.borderInlineStartWidth };
        });
      const [first, second] = [await style('en'), await style('zh-HK')];
      expect(second.size).toBeLessThan(first.size);
      expect(second.rule).not.toBe('0px');
    }
    await context.close();
  }
});

test('a paragraph’s link and the switcher keep the reader at the same paragraph in the other language', async ({ page }) => {
  await page.goto(`/zh-hk${FEATURE}`);
  const fifth = page.locator('.article-body > p[id^="b-"]').nth(4);
  const id = (await fifth.getAttribute('id'))!;
  // Its link, for sharing, shows when a keyboard reaches it and points at the paragraph.
  const link = fifth.locator('a.block-link');
  await expect(link).toHaveAttribute('href', `#${id}`);
  await expect(link).toHaveAccessibleName('此段連結');
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk${FEATURE}#${id}$`));

  await page.goto(`/zh-hk${FEATURE}#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${FEATURE}#${id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator(`#${id}`)).toBeInViewport();
  // The reader's choice of language is remembered, as before.
  expect((await page.context().cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');
});

test('without an anchor in the address, the switcher keeps the paragraph scrolled to', async ({ page }) => {
  await page.goto(`/en${FEATURE}`);
  const block = page.locator('.article-body > [id^="b-"]').nth(12);
  const id = (await block.getAttribute('id'))!;
  await block.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.getByRole('link', { name: '閱讀中文版' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk${FEATURE}#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();

  // At the top of the article, the other language opens at its top too.
  await page.goto(`/en${FEATURE}`);
  await page.getByRole('link', { name: '閱讀中文版' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk${FEATURE}$`));
});

test('without JavaScript the switcher and the passage links still lead to the same piece and paragraph', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/zh-hk${FEATURE}`);
  await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', `/en${FEATURE}`);
  const id = (await page.locator('.article-body > p[id^="b-"]').nth(4).getAttribute('id'))!;
  await page.goto(`/en${FEATURE}#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await page.goto(`/en${FEATURE}/parallel#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id} > [lang="zh-HK"]`)).not.toBeEmpty();
  await context.close();
});

test('the article and its side-by-side view give the same reading time, in each language’s terms', async ({ page }) => {
  const minutes: Record<string, number> = {};
  for (const [locale, pattern] of [
    ['zh-hk', /^閱讀時間約(\d+)分鐘$/],
    ['en', /^(\d+) min read$/],
  ] as const) {
    await page.goto(`/${locale}${FEATURE}`);
    const text = (await page.locator('.article-header .reading-time').textContent()) ?? '';
    expect(text).toMatch(pattern);
    minutes[locale] = Number(pattern.exec(text)![1]);
    expect(minutes[locale]).toBeGreaterThan(1);
  }
  await page.goto(`/en${FEATURE}/parallel`);
  await expect(page.locator('.parallel-headline [lang="en"] .reading-time')).toHaveText(`${minutes.en} min read`);
  await expect(page.locator('.parallel-headline [lang="zh-HK"] .reading-time')).toHaveText(`閱讀時間約${minutes['zh-hk']}分鐘`);
});

test('the article prints with its masthead, address, whole charts and sources, without the site’s controls', async ({ page, baseURL }) => {
  await page.goto(`/en${FEATURE}`);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.site-header .brand')).toBeVisible();
  await expect(page.locator('.locale-switcher')).toBeHidden();
  await expect(page.locator('.series-nav')).toBeHidden();
  await expect(page.locator('.parallel-link')).toBeHidden();
  await expect(page.locator('.print-address')).toHaveText(`${baseURL}/en${FEATURE}`);
  await expect(page.locator('.sources')).toBeVisible();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  for (const chart of await page.locator('figure.chart').all()) await expect(chart).toHaveCSS('break-inside', 'avoid');
  // A source's address follows its name on paper.
  const source = page.locator('.sources a[href^="http"]').first();
  const href = (await source.getAttribute('href'))!;
  expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);

  // The side-by-side view prints in two columns, even from a phone.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/en${FEATURE}/parallel`);
  const columns = await page
    .locator('.parallel-body > .parallel-row')
    .first()
    .evaluate((e) => getComputedStyle(e).gridTemplateColumns.split(' ').length);
  expect(columns).toBe(2);
});

for (const locale of ['zh-hk', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the side-by-side view in ${locale} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${locale}${FEATURE}/parallel`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
