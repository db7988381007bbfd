// Publishing with a safety net: the checklist stops a piece whose headline still says 草稿, says
// why, and lets it through once the headline is fixed; the audit log then says who published
// what, with a link; the sign-in page speaks both languages.
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { confirmButton, openPublishChecklist } from './helpers/publish';
import { signIn } from './helpers/sign-in';

const SLUG = 'ai-compute-race';

test('the checklist stops a headline marked 草稿, and after the fix the second click publishes', async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New follow-up' }).click();
  await page.getByLabel('Slug').fill(SLUG);
  await page.getByLabel('Headline (中文(香港))').fill('【草稿】AI算力競賽');
  await page.getByLabel('Headline (English)').fill('The AI compute race');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/[a-z0-9]+$/);
  const editorPath = new URL(page.url()).pathname;
  await page.getByLabel('Standfirst · 中文(香港)').fill('算力如何決定AI競賽。');
  await page.getByLabel('Standfirst · English').fill('How computing power decides the AI race.');
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByLabel('#1 中文(香港)').fill('算力是AI競賽的燃料。');
  await page.getByLabel('#1 English').fill('Computing power is the fuel of the AI race.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });

  // First click: the checklist, which names the marker and keeps the confirm button disabled, saying why.
  const checklist = await openPublishChecklist(page);
  await expect(checklist.getByTestId('checklist-blocking').locator('li')).toHaveText(['Chinese: the headline still says “【草稿】”']);
  await expect(confirmButton(checklist)).toBeDisabled();
  await expect(confirmButton(checklist)).toHaveAccessibleDescription('Fix the item listed above to continue.');
  await expect(checklist.getByTestId('checklist-change')).toContainText('Goes public at these addresses, in Chinese and English');
  await expect(checklist.getByRole('link', { name: new RegExp(`/zh-hk/global-ai-race/${SLUG}$`) })).toBeVisible();
  expect((await request.get(`/zh-hk/global-ai-race/${SLUG}`)).status()).toBe(404);

  // The headline is fixed in the editor; after its save the open checklist is computed again.
  await page.getByLabel('Headline · 中文(香港)').fill('AI算力競賽');
  await expect(checklist.getByTestId('checklist-clear')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await expect(confirmButton(checklist)).toBeEnabled();
  await confirmButton(checklist).click();
  await expect(page.getByTestId('publish-result')).toHaveText(/Published/);
  const article = await request.get(`/zh-hk/global-ai-race/${SLUG}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain('AI算力競賽');

  // The audit log says it in a sentence, with the editor's name and a link to the piece.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto('/admin/audit?action=piece.*');
  const published = admin.getByTestId('audit-sentence').filter({ hasText: 'Eddie Editor published The AI compute race' });
  await expect(published).toHaveCount(1);
  await expect(published.getByRole('link', { name: 'The AI compute race' })).toHaveAttribute('href', editorPath);
  await expect(admin.getByTestId('audit-sentence').filter({ hasText: 'Eddie Editor edited The AI compute race' })).toHaveCount(1);
  await adminContext.close();
});

test('the sign-in page shows both languages, the browser’s first, each marked with its lang', async ({ browser }) => {
  for (const [locale, lang, first, second] of [
    ['en-GB', 'en', 'Editors’ sign-in', '編輯登入'],
    ['zh-HK', 'zh-HK', '編輯登入', 'Editors’ sign-in'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/admin/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(`${first} ${second}`);
    await expect(page.locator('h1 [lang]')).toHaveText(second);
    await expect(page.getByLabel('電郵 Email').or(page.getByLabel('Email 電郵'))).toBeVisible();
    await page.getByLabel(/Email/).fill('nobody@e2e.test');
    await page.getByLabel(/Password/).fill('not the password at all');
    await page.getByRole('button', { name: /Sign in/ }).click();
    await expect(page.locator('p[role=alert]')).toContainText('Wrong email or password.');
    await expect(page.locator('p[role=alert]')).toContainText('電郵或密碼不正確。');
    await context.close();
  }
});
