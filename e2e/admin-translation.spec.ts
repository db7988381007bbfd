// A translator's day: the Chinese source of a paragraph changes, the English block shows
// as out of date with the source's diff, the dashboard lists the piece as needing
// translation, and confirming the English clears the mark for good.
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { pieceId } from './helpers/db';
import { signIn } from './helpers/sign-in';
import { appendToField } from './helpers/editor';

const FEATURE_SLUG = 'china-cost-revolution';
const ADDED = '（譯者測試新增的一句。）';

test('a source edit marks the translation stale with its diff, and confirming clears it', async ({ page }) => {
  await signIn(page, ACCOUNTS.translator);
  const id = pieceId(FEATURE_SLUG);
  await page.goto(`/admin/pieces/${id}`);
  const summary = page.getByTestId('translation-summary');
  await expect(summary.locator('[data-locale="en"]')).toHaveAttribute('data-stale', '0');

  // The translator corrects the Chinese source of paragraph 3.
  const row = page.locator('.block-row[data-block="3"]');
  const zh = page.getByLabel('#3 中文(香港)', { exact: true });
  await appendToField(zh, ADDED);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });

  // The English of that block, and only that block, is now out of date, with the source's change.
  await expect(row).toHaveAttribute('data-translation-en', 'stale');
  await expect(row).toHaveAttribute('data-translation-zh', 'fresh');
  await expect(page.locator('.block-row[data-translation-en="stale"]')).toHaveCount(1);
  await expect(row.getByTestId('source-diff-en').locator('ins')).toContainText(ADDED);
  await expect(summary.locator('[data-locale="en"]')).toHaveAttribute('data-stale', '1');

  // "Needs translation" in the editor shows that block alone.
  await page.getByLabel('Show only blocks needing translation').check();
  await expect(page.locator('.block-row:visible')).toHaveCount(1);
  await page.getByLabel('Show only blocks needing translation').uncheck();

  // The dashboard counts it and lists the piece in the translator's queue.
  await page.goto('/admin');
  const queued = page.getByTestId('translation-queue').locator(`tr[data-piece="${FEATURE_SLUG}"]`);
  await expect(queued.locator('[data-translation-locale="en"]')).toHaveAttribute('data-stale', '1');
  await page.goto('/admin?filter=needs-translation');
  await expect(page.getByTestId('translation-queue').locator(`tr[data-piece="${FEATURE_SLUG}"]`)).toBeVisible();

  // The English still reads right: the translator confirms it, and the mark clears and stays cleared.
  await page.goto(`/admin/pieces/${id}`);
  await row.getByRole('button', { name: 'Confirm block 3, English, is still correct' }).click();
  await expect(row).toHaveAttribute('data-translation-en', 'fresh');
  await expect(summary.locator('[data-locale="en"]')).toHaveAttribute('data-stale', '0');
  await page.reload();
  await expect(page.locator('.block-row[data-block="3"]')).toHaveAttribute('data-translation-en', 'fresh');
  await page.goto('/admin?filter=needs-translation');
  await expect(page.getByTestId('translation-queue').locator(`tr[data-piece="${FEATURE_SLUG}"]`)).toHaveCount(0);
});

test('readers of the lagging language are told its translation is being updated, when the piece asks to', async ({ page, request }) => {
  // admin-block-anchors published the editorial with its Chinese block 3 lagging behind a revised English.
  const EDITORIAL = '/global-ai-race/who-defines-ai-future';
  const note = 'p.translation-note';
  const noteIn = async (locale: string) => (await (await request.get(`/${locale}${EDITORIAL}`)).text()).includes('class="translation-note"');
  expect(await noteIn('zh-hk'), 'off until an editor turns it on').toBe(false);

  await signIn(page, ACCOUNTS.editor);
  await page.goto(`/admin/pieces/${pieceId('who-defines-ai-future')}`);
  const setting = page.getByLabel('Tell readers of that language while a translation is being updated');
  await setting.check();
  await expect(page.getByText('Setting saved.')).toBeVisible();

  await page.goto(`/zh-hk${EDITORIAL}`);
  await expect(page.locator(note)).toHaveText('本文部分段落的譯文正在更新。');
  expect(await noteIn('en'), 'the English is the up-to-date side').toBe(false);

  await page.goto(`/admin/pieces/${pieceId('who-defines-ai-future')}`);
  await setting.uncheck();
  await expect(page.getByText('Setting saved.')).toBeVisible();
  expect(await noteIn('zh-hk')).toBe(false);
});
