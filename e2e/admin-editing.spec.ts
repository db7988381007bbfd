// An editor's journeys: revise a figure and see both languages follow on the next request,
// create, preview, schedule and publish follow-ups, and collide with a colleague without
// losing work. How fast the pages follow is measured by `npm run bench` (freshness), never
// here: a busy machine must not fail a correct journey.
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { pieceId } from './helpers/db';
import { signIn } from './helpers/sign-in';
import { TALENT_FLOWS_CLEAN, clearDraftMarkers, confirmButton, openPublishChecklist, publishFromEditor, scheduleFromEditor } from './helpers/publish';

const FEATURE = '/global-ai-race/china-cost-revolution';

async function reviseFigure(page: Page, key: string, value: string, zh: string, en: string) {
  await page.goto(`/admin/figures/${key}`);
  const form = page.getByTestId('revise-form');
  await form.getByLabel('New value').fill(value);
  await form.getByLabel('Reason (Chinese)').fill(zh);
  await form.getByLabel('Reason (English)').fill(en);
  await form.getByRole('button', { name: 'Save revision' }).click();
  return form.getByTestId('revision-result');
}

test('revising the DeepSeek R1 input price shows in both languages with an update note', async ({ page, request }) => {
  await signIn(page, ACCOUNTS.editor);
  const before = await (await request.get(`/en${FEATURE}`)).text();
  expect(before).toContain('$0.55');

  const result = await reviseFigure(page, 'deepseek-r1-input-price', '0.60', 'DeepSeek調整API定價', 'DeepSeek changed its API pricing');
  await expect(result).toHaveText(/Revised/);
  // The next request in each locale renders the new value: the save expires both pages.
  const zhHtml = await (await request.get(`/zh-hk${FEATURE}`)).text();
  const enHtml = await (await request.get(`/en${FEATURE}`)).text();
  expect(zhHtml).toContain('0.60美元');
  expect(zhHtml).not.toContain('僅0.55美元');
  expect(zhHtml).toMatch(/更新：DeepSeek R1 API每百萬輸入token價格由0\.55美元修訂為0\.60美元。原因：DeepSeek調整API定價/);
  expect(enHtml).toContain('$0.60');
  expect(enHtml).toMatch(/was revised from \$0\.55 to \$0\.60\. Reason: DeepSeek changed its API pricing/);

  await page.goto('/admin');
  await expect(page.getByText('$0.55 → $0.60')).toBeVisible();

  // The chart, its table and its CSV follow, in both languages, as does the data page.
  for (const [locale, value] of [
    ['en', '$0.60'],
    ['zh-hk', '0.60美元'],
  ] as const) {
    await page.goto(`/${locale}${FEATURE}`);
    const chart = page.locator('figure.chart[data-chart="api-prices"]');
    await expect(chart.locator('svg')).toContainText(value);
    await expect(chart.locator('tr[data-figure="deepseek-r1-input-price"] td[data-value]')).toHaveText(value);
    await page.goto(`/${locale}/data/deepseek-r1-input-price`);
    await expect(page.getByTestId('figure-value')).toHaveText(value);
  }
  expect(await (await request.get('/api/charts/api-prices.csv')).text()).toContain('deepseek-r1-input-price,currency,USD,0.6,');
});

test('an editor changes a chart and readers see the new order and title at once', async ({ page, request }) => {
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin/charts/mmlu-hunyuan-llama');
  const form = page.getByTestId('chart-form');
  await form.getByLabel('Title · en', { exact: true }).fill('MMLU accuracy: Hunyuan-Large and Llama3');
  await form.getByRole('button', { name: '↓ 1' }).click();
  await form.getByRole('button', { name: 'Save chart' }).click();
  await expect(form.getByTestId('chart-result')).toHaveText(/Chart saved/);
  const html = await (await request.get(`/en${FEATURE}`)).text();
  expect(html).toContain('MMLU accuracy: Hunyuan-Large and Llama3');
  expect(html.indexOf('Meta Llama 3</th>')).toBeLessThan(html.indexOf('Tencent Hunyuan-Large</th>'));
  await expect(page.locator('.chart-preview').first().locator('.chart-title')).toHaveText('MMLU基準測試準確率');
});

test('the audit log shows sign-ins and figure revisions to admins, filtered by action', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto('/admin/audit?action=figure.*');
  await expect(page).toHaveTitle('Audit log · Tandem admin');
  await expect(page.locator('tr[data-action]').first()).toHaveAttribute('data-action', 'figure.revise');
  expect(await page.locator('tr[data-action]:not([data-action="figure.revise"])').count()).toBe(0);
  await page.goto('/admin/audit?action=sign-in');
  await expect(page.locator(`tr[data-action="sign-in"]`).filter({ hasText: 'Ada Admin signed in' }).first()).toBeVisible();
});

test('two editors revising one figure at once get one success and one conflict', async ({ browser }) => {
  const a = await browser.newPage();
  const b = await browser.newPage({ storageState: undefined });
  await signIn(a, ACCOUNTS.editor);
  const bContext = await browser.newContext();
  const bPage = await bContext.newPage();
  await signIn(bPage, ACCOUNTS.editor2);
  await a.goto('/admin/figures/gpt-4o-input-price');
  await bPage.goto('/admin/figures/gpt-4o-input-price');
  const first = await reviseFigure(a, 'gpt-4o-input-price', '2.5', 'OpenAI減價', 'OpenAI cut the price');
  await expect(first).toHaveText(/Revised/);
  // B's form was loaded before A saved, so it carries the old version.
  const form = bPage.getByTestId('revise-form');
  await form.getByLabel('New value').fill('3');
  await form.getByLabel('Reason (Chinese)').fill('另一個原因');
  await form.getByLabel('Reason (English)').fill('Another reason');
  await form.getByRole('button', { name: 'Save revision' }).click();
  await expect(form.getByTestId('revision-result')).toHaveText(/Another editor has just revised this figure to 2\.5/);
  await expect(form.getByLabel('Reason (English)')).toHaveValue('Another reason');
  await bPage.goto('/admin/figures/gpt-4o-input-price');
  await expect(bPage.getByTestId('current-value')).toHaveText('$2.50');

  // The old value comes back as a new revision; history only grows.
  await bPage.getByRole('button', { name: 'Restore this value: $5' }).click();
  const restore = bPage.getByTestId('restore-form');
  await restore.getByLabel('Reason (Chinese)').fill('還原舊價');
  await restore.getByLabel('Reason (English)').fill('Restoring the list price');
  await restore.getByRole('button', { name: /Restore this value/ }).click();
  await expect(restore.getByTestId('revision-result')).toHaveText(/Revised/);
  await bPage.reload();
  await expect(bPage.getByTestId('current-value')).toHaveText('$5');
  await expect(bPage.locator('table.data tbody tr')).toHaveCount(2);
  await a.close();
  await b.close();
  await bContext.close();
});

test('the talent-flow follow-up: preview, schedule, and it goes live on time with the teaser linking to it', async ({ page, request }) => {
  test.setTimeout(150_000);
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin');
  await page.getByRole('link', { name: /how AI talent flows/i }).click();
  await expect(page.getByRole('button', { name: 'Publish…' })).toBeVisible();

  // Preview works for a signed-in editor only.
  const id = pieceId('ai-talent-flows');
  const preview = await page.context().newPage();
  await preview.goto(`/api/preview?piece=${id}&locale=en`);
  await expect(preview.locator('h1')).toHaveText('Draft: how AI talent flows are reshaping the global race');
  await expect(preview.getByRole('status')).toHaveText(/Preview/);
  await preview.goto(`/api/preview?piece=${id}&locale=zh-HK`);
  await expect(preview.locator('h1')).toHaveText('【草稿】AI人才流動如何重塑全球競賽');
  await preview.close();
  expect((await request.get('/en/global-ai-race/ai-talent-flows')).status()).toBe(404);

  // Its draft markers are replaced (the checklist refuses them); then it is scheduled for the next minute, Hong Kong time, and nobody acts.
  await clearDraftMarkers(page, TALENT_FLOWS_CLEAN);
  const at = new Date(Date.now() + 8 * 3600_000 + 60_000).toISOString().slice(0, 16);
  await scheduleFromEditor(page, at);
  await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'scheduled');

  await expect.poll(async () => (await request.get('/en/global-ai-race/ai-talent-flows')).status(), { timeout: 110_000, intervals: [2000] }).toBe(200);
  for (const [locale, link] of [
    ['en', 'Read the follow-up: How AI talent flows'],
    ['zh-hk', '閱讀續篇：AI人才流動'],
  ] as const) {
    await expect.poll(async () => (await (await request.get(`/${locale}${FEATURE}`)).text()).includes(link), { timeout: 15_000 }).toBe(true);
    await page.goto(`/${locale}${FEATURE}`);
    await expect(page.locator('a.teaser-link')).toHaveAttribute('href', `/${locale}/global-ai-race/ai-talent-flows`);
    await page.goto(`/${locale}/global-ai-race`);
    await expect(page.locator('.piece-card h3')).toHaveCount(3);
  }
});

test('a new follow-up is created after the others, refused while incomplete, then published', async ({ page, request }) => {
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New follow-up' }).click();
  await page.getByLabel('Slug').fill('admin');
  await page.getByLabel('Headline (中文(香港))').fill('AI晶片供應鏈');
  await page.getByLabel('Headline (English)').fill('The AI chip supply chain');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('This slug is reserved by the site.')).toBeVisible();
  await page.getByLabel('Slug').fill('ai-chip-supply');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/[a-z0-9]+$/);

  const checklist = await openPublishChecklist(page);
  await expect(checklist.getByTestId('checklist-blocking').locator('li')).toHaveText([
    'Chinese: the standfirst is empty',
    'Chinese: the body has no blocks',
    'English: the standfirst is empty',
    'English: the body has no blocks',
  ]);
  await expect(confirmButton(checklist)).toBeDisabled();
  await checklist.getByRole('button', { name: 'Cancel' }).click();

  await page.getByLabel('Standfirst · 中文(香港)').fill('晶片如何影響AI競賽。');
  await page.getByLabel('Standfirst · English').fill('How chips shape the AI race.');
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByLabel('#1 中文(香港)').fill('內文第一段,引用');
  await page.getByLabel('#1 中文(香港)').press('End');
  await page.getByRole('button', { name: 'Insert figure' }).click();
  await page.getByLabel('#1 English').fill('The first paragraph.');
  await expect(page.getByLabel('#1 English')).toHaveText('The first paragraph.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
  await publishFromEditor(page);
  // Each page shows the change on its next request: publishing expires them all.
  const article = await request.get('/en/global-ai-race/ai-chip-supply');
  const zhArticle = await request.get('/zh-hk/global-ai-race/ai-chip-supply');
  const series = await request.get('/en/global-ai-race');
  const front = await request.get('/zh-hk');
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain('How chips shape the AI race.');
  expect(await zhArticle.text()).toContain('晶片如何影響AI競賽。');
  expect(await series.text()).toContain('The AI chip supply chain');
  expect(await front.text()).toContain('AI晶片供應鏈');
  await page.goto('/admin');
  await expect(page.locator('tr[data-piece]').last()).toHaveAttribute('data-piece', 'ai-chip-supply');
});

test('a stale save of a piece is refused with what changed, and the editor keeps their text', async ({ browser }) => {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await signIn(a, ACCOUNTS.editor);
  await signIn(b, ACCOUNTS.editor2);
  const id = pieceId('who-defines-ai-future');
  await a.goto(`/admin/pieces/${id}`);
  await b.goto(`/admin/pieces/${id}`);
  await a.getByLabel('#1 English').fill('Edited by A.');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByRole('status').filter({ hasText: /Saved \(version/ })).toBeVisible();
  await b.getByLabel('#2 English').fill('Edited by B, who must not lose this.');
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(b.getByTestId('save-error')).toContainText('Eddie Editor saved a newer version');
  await expect(b.getByTestId('save-error')).toContainText('block 1 (en)');
  await expect(b.getByLabel('#2 English')).toHaveText('Edited by B, who must not lose this.');

  // The history shows A's save as a diff against the seed, per locale.
  await a.goto(`/admin/pieces/${id}/history`);
  await expect(a.getByTestId('diff-en').locator('ins').first()).toBeVisible();
  expect((await a.getByTestId('diff-en').locator('ins').allTextContents()).join(' ')).toContain('Edited by A');
  await expect(a.getByTestId('diff-zh-HK').locator('ins')).toHaveCount(0);
  await ctxA.close();
  await ctxB.close();
});
