// An editor's journey with a new figure: create it (a bad value is explained at its field,
// the typed text kept), use it in a paragraph of a new follow-up in both languages and in a
// chart, and find it with its value on the public data pages in both languages; the figure's
// page then says which published pieces and charts a revision will change.
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { signIn } from './helpers/sign-in';
import { publishFromEditor } from './helpers/publish';

test.describe.configure({ mode: 'serial' });

const KEY = 'hk-genai-adoption';
const SLUG = 'genai-adoption-note';
const HEADLINE = 'Generative AI at work in Hong Kong';

/**
 * The piece editor's surface, kept in one place because it is being rewritten: writes the
 * text of the nth body block (1-based) in both languages and saves.
 */
async function writeBlockAndSave(page: Page, n: number, text: { zh: string; en: string }) {
  const row = page.locator('[data-block-id]').nth(n - 1);
  await row.locator('[role="textbox"][lang="zh-HK"]').first().fill(text.zh);
  await row.locator('[role="textbox"][lang="en"]').first().fill(text.en);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
}

test('an editor creates a figure, uses it in a piece and a chart, and readers see it on the data pages', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin/figures');
  await page.getByRole('link', { name: 'New figure' }).click();
  await expect(page).toHaveURL(/\/admin\/figures\/new$/);

  const form = page.getByTestId('figure-create-form');
  await form.getByLabel('Key').fill(KEY);
  await form.getByLabel('Kind').selectOption('percent');
  await form.getByLabel('Value', { exact: true }).fill('1e3');
  await form.getByLabel('As of').fill('2025-03-31');
  await form.getByLabel('Label (Chinese)').fill('香港企業採用生成式AI比例');
  await form.getByLabel('Label (English)').fill('Share of Hong Kong firms using generative AI');
  await form.getByLabel('Source name (Chinese)').fill('香港生產力促進局');
  await form.getByLabel('Source name (English)').fill('Hong Kong Productivity Council');
  await form.getByLabel('Source address').fill('https://www.hkpc.org/en/about-us/media-centre/press-releases');
  await form.getByRole('button', { name: 'Create figure' }).click();
  // Explained at the field, in the editor's language, and what was typed is still there.
  await expect(form.locator('[data-field-error="value"]')).toHaveText(/Enter a plain decimal number/);
  await expect(form.getByLabel('Value', { exact: true })).toHaveValue('1e3');
  await expect(page).toHaveURL(/\/admin\/figures\/new$/);

  await form.getByLabel('Value', { exact: true }).fill('38.5');
  await form.getByRole('button', { name: 'Create figure' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/figures/${KEY}$`));
  await expect(page.getByTestId('current-value')).toHaveText('38.5%');
  await expect(page.getByTestId('revision-impact')).toContainText('No published piece uses it.');

  // A follow-up that uses it in both languages, published.
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New follow-up' }).first().click();
  await page.getByLabel('Slug').fill(SLUG);
  await page.getByLabel('Headline (中文(香港))').fill('生成式AI在香港職場');
  await page.getByLabel('Headline (English)').fill(HEADLINE);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/[a-z0-9]+$/);
  await page.getByLabel('Standfirst · 中文(香港)').fill('企業採用生成式AI的最新數字。');
  await page.getByLabel('Standfirst · English').fill('The latest figure on firms using generative AI.');
  await page.getByRole('button', { name: 'Add block' }).click();
  await writeBlockAndSave(page, 1, { zh: `香港有{{${KEY}}}企業已採用生成式AI。`, en: `In Hong Kong, {{${KEY}}} of firms use generative AI.` });
  await publishFromEditor(page);
  expect(await (await request.get(`/en/global-ai-race/${SLUG}`)).text()).toContain('38.5%');

  // And in a chart that the feature places.
  await page.goto('/admin/charts/mmlu-hunyuan-llama');
  const chart = page.getByTestId('chart-form');
  await chart.getByLabel('Figure', { exact: true }).selectOption(KEY);
  await chart.getByRole('button', { name: 'Add figure' }).click();
  await chart.getByLabel(`${KEY} Chinese name`).fill('香港企業');
  await chart.getByLabel(`${KEY} English name`).fill('Hong Kong firms');
  await chart.getByRole('button', { name: 'Save chart' }).click();
  await expect(chart.getByTestId('chart-result')).toHaveText(/Chart saved/);

  // The public data pages show it, with its value, in both languages.
  for (const [locale, label, title] of [
    ['en', 'Share of Hong Kong firms using generative AI', HEADLINE],
    ['zh-hk', '香港企業採用生成式AI比例', '生成式AI在香港職場'],
  ] as const) {
    await page.goto(`/${locale}/data/${KEY}`);
    await expect(page.locator('h1')).toHaveText(label);
    await expect(page.getByTestId('figure-value')).toHaveText('38.5%');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.goto(`/${locale}/data`);
    await expect(page.locator(`tr[data-figure="${KEY}"] td.num`)).toHaveText('38.5%');
  }

  // Before a revision, the figure's page names what it will change.
  await page.goto(`/admin/figures/${KEY}`);
  const impact = page.getByTestId('revision-impact');
  // The new piece uses it in text; the feature places the chart that now draws it.
  await expect(impact.getByTestId('impact-pieces').getByRole('link')).toHaveText([HEADLINE, /cost revolution/i]);
  await expect(impact.getByTestId('impact-charts').locator('a[href="/admin/charts/mmlu-hunyuan-llama"]')).toBeVisible();
});

test('labels and dates are edited without a correction note, checks are recorded, and the list finds figures', async ({ page, request }) => {
  await signIn(page, ACCOUNTS.editor);
  await page.goto(`/admin/figures/${KEY}`);
  const meta = page.getByTestId('figure-meta-form');
  await meta.getByLabel('Label (English)').fill('Hong Kong firms using generative AI');
  await meta.getByRole('button', { name: 'Save details' }).click();
  await expect(meta.getByTestId('figure-meta-result')).toHaveText('Details saved.');
  await expect(page.locator('tr[data-history="change"][data-field="label.en"]')).toContainText('Hong Kong firms using generative AI');
  const html = await (await request.get(`/en/global-ai-race/${SLUG}`)).text();
  expect(html).not.toMatch(/was revised from/);
  await page.goto(`/en/data/${KEY}`);
  await expect(page.locator('h1')).toHaveText('Hong Kong firms using generative AI');

  await page.goto(`/admin/figures/${KEY}`);
  await page.getByRole('button', { name: 'Checked against source' }).click();
  await expect(page.getByTestId('figure-check')).toContainText('Checked against source by');

  await page.goto(`/admin/figures?q=productivity+council&use=chart`);
  await expect(page.locator('tr[data-figure]')).toHaveCount(1);
  await expect(page.locator(`tr[data-figure="${KEY}"]`)).toContainText('Checked against source by');
  await page.goto('/admin/figures?kind=currency&use=unused');
  await expect(page.locator(`tr[data-figure="${KEY}"]`)).toHaveCount(0);
});
