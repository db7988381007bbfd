// Driving the block editor's text surfaces (contenteditable, labelled "#3 English").
import type { Locator } from '@playwright/test';

/** Types at the end of a block's text, keeping its figure chips, emphasis and links. */
export async function appendToField(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('Control+End');
  await field.page().keyboard.insertText(text);
}
