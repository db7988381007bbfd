// The block editor as an editor uses it: figure chips from "{{" and the picker, emphasis
// and links from the keyboard, "+" between blocks, undo of a deletion, the Chinese
// punctuation check, errors at their block, and the preview following the text.
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { signIn } from './helpers/sign-in';

async function newPiece(page: Page, slug: string): Promise<void> {
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New follow-up' }).click();
  await page.getByLabel('Slug').fill(slug);
  await page.getByLabel('Headline (中文(香港))').fill('區塊編輯器測試');
  await page.getByLabel('Headline (English)').fill('Block editor test');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/[a-z0-9]+$/);
}

const saved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });

test('figures are chips, typed with "{{" or picked, and their style is chosen on the chip', async ({ page }) => {
  await newPiece(page, 'block-editor-chips');
  await page.getByRole('button', { name: 'Add block' }).click();
  const en = page.getByLabel('#1 English', { exact: true });
  await en.click();
  await page.keyboard.insertText('DeepSeek charges ');
  await page.keyboard.type('{{deepseek-r1-in');
  const suggestions = page.getByRole('listbox', { name: 'Figures' });
  await expect(suggestions).toBeVisible();
  await page.keyboard.press('Enter');
  const chip = en.locator('.fig-chip[data-figure="deepseek-r1-input-price"]');
  await expect(chip).toContainText('$0.55');
  await expect(chip).toContainText('deepseek-r1-input-price');
  await page.keyboard.insertText(' per million tokens.');

  // The same figure reads in Chinese style in the Chinese text, inserted from the picker.
  const zh = page.getByLabel('#1 中文(香港)', { exact: true });
  await zh.click();
  await page.keyboard.insertText('DeepSeek每百萬輸入token收費');
  await page.getByLabel('Search figures').fill('deepseek-r1-input');
  await page.getByRole('button', { name: 'Insert figure' }).click();
  await expect(zh.locator('.fig-chip[data-figure="deepseek-r1-input-price"]')).toContainText('0.55美元');

  // Number only: the chip says so and the text saves the style.
  await chip.click();
  await page.getByRole('button', { name: 'Number only' }).click();
  await expect(chip).toHaveAttribute('data-style', 'value');
  await expect(chip).toContainText('deepseek-r1-input-price · value');
  await page.keyboard.press('Control+s');
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('#1 English', { exact: true }).locator('.fig-chip')).toHaveAttribute('data-style', 'value');
  await expect(page.getByLabel('#1 English', { exact: true })).toContainText('DeepSeek charges');

  // A reference pasted as markup becomes a chip too; markup characters typed are text.
  const en2 = page.getByLabel('#1 English', { exact: true });
  await en2.click();
  await en2.press('Control+End');
  await page.keyboard.insertText(' Output: {{deepseek-r1-output-price}}, *not emphasis*.');
  await expect(en2.locator('.fig-chip')).toHaveCount(2);
  await expect(en2.locator('em')).toHaveCount(0);
  await expect(en2).toContainText('*not emphasis*');
  await expect(page.getByTestId('piece-counts')).toContainText('words');
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('#1 English', { exact: true }).locator('.fig-chip')).toHaveCount(2);
  await expect(page.getByLabel('#1 English', { exact: true })).toContainText('*not emphasis*');
});

test('emphasis and links come from the toolbar and the keyboard, and a bad address is refused as it is typed', async ({ page }) => {
  await newPiece(page, 'block-editor-format');
  await page.getByRole('button', { name: 'Add block' }).click();
  const en = page.getByLabel('#1 English', { exact: true });
  await en.click();
  await page.keyboard.insertText('Read the report now');
  // Select "report" and emphasise it with Ctrl+B.
  await en.evaluate((el) => {
    const text = el.firstChild!;
    const range = document.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 15);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  });
  await page.keyboard.press('Control+b');
  await expect(en.locator('i, em')).toHaveText('report');

  await en.evaluate((el) => {
    const sel = window.getSelection()!;
    const range = document.createRange();
    range.selectNodeContents(el.querySelector('i, em')!);
    sel.removeAllRanges();
    sel.addRange(range);
  });
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Link address');
  await address.fill('javascript:alert(1)');
  await expect(page.getByText('Use an address starting with https:// or http://')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add link' })).toBeDisabled();
  await address.fill('//evil.example/x');
  await expect(page.getByRole('button', { name: 'Add link' })).toBeDisabled();
  await address.fill('https://hai.stanford.edu/ai-index');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(en.locator('a[href="https://hai.stanford.edu/ai-index"]')).toHaveText('report');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('#1 English', { exact: true }).locator('em a, a em')).toHaveText('report');
});

test('"+" adds a block where it is, a deleted block comes back with Undo, and punctuation is fixed only on request', async ({ page }) => {
  await newPiece(page, 'block-editor-blocks');
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByLabel('#1 English', { exact: true }).fill('First.');
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByLabel('#2 English', { exact: true }).fill('Third.');
  // "+" between #1 and #2 offers the block types; a heading lands in between.
  await page.getByRole('button', { name: 'Add a block after #1' }).click();
  await page.getByRole('group', { name: 'Add a block after #1' }).getByRole('button', { name: 'Heading' }).click();
  await expect(page.locator('.block-row')).toHaveCount(3);
  await expect(page.getByLabel('Block type #2')).toHaveValue('heading');
  await expect(page.getByLabel('#3 English', { exact: true })).toHaveText('Third.');

  // Deleting #1 can be undone: it comes back in its place, with its text and its id.
  const id = await page.locator('.block-row[data-block="1"]').getAttribute('data-block-id');
  await page.getByRole('button', { name: 'Remove #1' }).click();
  await expect(page.locator('.block-row')).toHaveCount(2);
  await expect(page.getByText('Block #1 was deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.block-row')).toHaveCount(3);
  await expect(page.locator('.block-row[data-block="1"]')).toHaveAttribute('data-block-id', id!);
  await expect(page.getByLabel('#1 English', { exact: true })).toHaveText('First.');

  // Half-width punctuation beside Chinese is pointed out, not changed, until the editor asks.
  const zh = page.getByLabel('#1 中文(香港)', { exact: true });
  await zh.fill('成本下降,效能上升(見下文)');
  const check = page.locator('[data-block="1"] .punctuation-check');
  await expect(check).toHaveAttribute('data-punctuation', '3');
  await expect(check).toContainText('3 half-width marks');
  await saved(page);
  await expect(zh).toHaveText('成本下降,效能上升(見下文)');
  await page.getByRole('button', { name: 'Use full-width punctuation in block #1' }).click();
  await expect(zh).toHaveText('成本下降，效能上升（見下文）');
  await expect(page.locator('[data-block="1"] .punctuation-check')).toHaveCount(0);
  await saved(page);
});

test('an error is shown at its block in the editor’s language, and the summary links to it', async ({ page }) => {
  await newPiece(page, 'block-editor-errors');
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByLabel('#1 English', { exact: true }).fill('Fine.');
  // Far more than a block holds: the save is refused, and nothing typed is lost.
  const long = 'x'.repeat(20_001);
  const second = page.getByLabel('#2 English', { exact: true });
  await second.click();
  await page.keyboard.insertText(long);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('One problem stops this save');
  await expect(summary.getByRole('link', { name: 'Block #2, English' })).toBeVisible();
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#block-2-en-text-error')).toHaveText('Too long.');
  await summary.getByRole('link', { name: 'Block #2, English' }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('block-2-en-text');
  await expect(second).toBeFocused();
  expect((await second.textContent())!.length).toBe(20_001);
});

test('on a phone the save status, the figure picker and the publish controls stay in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin');
  await page.locator('tr[data-piece="china-cost-revolution"] a').first().click();
  await expect(page.locator('.block-row').first()).toBeVisible();
  await page.locator('.block-row').last().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 4000);
  await expect(page.locator('[data-save-state]')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Insert figure' })).toBeInViewport();
  await expect(page.locator('.publish-dock button').first()).toBeInViewport();
});

test('the preview follows the block being edited and keeps its place across autosaves', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await newPiece(page, 'block-editor-preview');
  for (let n = 1; n <= 14; n++) {
    await page.getByRole('button', { name: 'Add block' }).click();
    await page.getByLabel(`#${n} 中文(香港)`, { exact: true }).fill(`第${n}段。這是一段用來測試預覽捲動位置的文字，內容足夠長，可以佔用幾行的空間。`);
    await page
      .getByLabel(`#${n} English`, { exact: true })
      .fill(`Paragraph ${n}. This text is here to test where the preview scrolls to, and it is long enough to fill a few lines.`);
  }
  await page.keyboard.press('Control+s');
  await saved(page);
  const frame = page.frameLocator('iframe.preview-frame');
  await expect(frame.locator('.preview-banner')).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByRole('link', { name: '離開預覽' }).or(frame.getByRole('link', { name: 'Leave preview' }))).toHaveAttribute('href', /\/api\/preview\/exit\?to=/);

  const target = page.locator('.block-row[data-block="12"]');
  const blockId = (await target.getAttribute('data-block-id'))!;
  await page.getByLabel('#12 English', { exact: true }).click();
  const inView = async () =>
    frame.locator(`#b-${blockId}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
  await expect.poll(inView).toBe(true);
  const before = await frame.locator('body').evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(300);

  // An edit autosaves; the preview reloads the new version at the same place.
  const version = await page.locator('[data-save-state]').textContent();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' Edited.');
  await saved(page);
  await expect(page.locator('[data-save-state]')).not.toHaveText(version!);
  await expect(frame.locator(`#b-${blockId}`)).toContainText('Edited.', { timeout: 20_000 });
  await expect.poll(inView).toBe(true);
  expect(await frame.locator('body').evaluate(() => window.scrollY)).toBeGreaterThan(300);
});
