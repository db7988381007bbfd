// Every block of a public article carries the same anchor in both languages (id="b-…"), and
// keeps it through editing: an edit to one paragraph and a move of another leave every
// block's anchor as it was, so a link to a paragraph survives the piece's next edition.
// A translator's editor offers text fields only.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { pieceId } from './helpers/db';
import { signIn } from './helpers/sign-in';
import { appendToField } from './helpers/editor';
import { confirmButton, openPublishChecklist } from './helpers/publish';

const EDITORIAL = '/global-ai-race/who-defines-ai-future';

async function anchors(request: APIRequestContext, locale: 'zh-hk' | 'en'): Promise<string[]> {
  const html = await (await request.get(`/${locale}${EDITORIAL}`)).text();
  const body = html.slice(html.indexOf('class="article-body"'));
  return [...body.matchAll(/ id="(b-[A-Za-z0-9_-]+)"/g)].map((m) => m[1]!);
}

test('block anchors are the same in both languages and survive an edit and a move', async ({ page, request }) => {
  const zh = await anchors(request, 'zh-hk');
  const en = await anchors(request, 'en');
  expect(zh.length).toBeGreaterThan(2);
  expect(en).toEqual(zh);

  await signIn(page, ACCOUNTS.editor);
  await page.goto(`/admin/pieces/${pieceId(EDITORIAL.split('/')[2]!)}`);
  const second = page.getByLabel('#2 English', { exact: true });
  await appendToField(second, ' (Edited for anchors.)');
  await page.getByRole('button', { name: 'Move up #3' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  // The English was revised on its own, so the Chinese of that block (now third) lags: the checklist warns, naming it, and still lets it through.
  const checklist = await openPublishChecklist(page);
  const stale = checklist.getByTestId('checklist-stale');
  await expect(stale.locator('li')).toHaveText(['Chinese: 1 block lags behind its source (block 3)']);
  await expect(confirmButton(checklist)).toBeEnabled();
  await confirmButton(checklist).click();
  await expect(page.getByText('Published. Readers can see it now.')).toBeVisible();

  const moved = [zh[0]!, zh[2]!, zh[1]!, ...zh.slice(3)];
  await expect.poll(() => anchors(request, 'en')).toEqual(moved);
  expect(await anchors(request, 'zh-hk')).toEqual(moved);
  expect(await (await request.get(`/en${EDITORIAL}`)).text()).toContain('(Edited for anchors.)');

  // The history matches blocks by id: only the blocks that moved or changed are listed.
  await page.goto(`/admin/pieces/${pieceId(EDITORIAL.split('/')[2]!)}/history`);
  const edited = page.locator('.block-diff[data-change$="edited"]');
  await expect(edited.getByTestId('diff-en').locator('ins')).toContainText('(Edited for anchors.)');
  expect(await page.locator('.block-diff').count()).toBeLessThan(zh.length);

  // The anchor works as a link target in either language.
  await page.goto(`/zh-hk${EDITORIAL}#${zh[1]}`);
  await expect(page.locator(`#${zh[1]}`)).toBeInViewport();
});

test('a translator’s editor shows text fields only', async ({ page }) => {
  await signIn(page, ACCOUNTS.translator);
  await page.goto(`/admin/pieces/${pieceId(EDITORIAL.split('/')[2]!)}`);
  await expect(page.getByText('You are signed in as a translator')).toBeVisible();
  await expect(page.getByLabel('#1 English', { exact: true })).toBeEditable();
  await expect(page.getByRole('button', { name: /Move up|Move down|Remove/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add block' })).toHaveCount(0);
});
