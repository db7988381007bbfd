// Publishing from the piece editor goes through the checklist: the first click opens it, the
// confirm button inside it acts.
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the checklist for publishing (or scheduling) and returns it. */
export async function openPublishChecklist(page: Page, mode: 'publish' | 'schedule' = 'publish'): Promise<Locator> {
  await page.getByRole('button', { name: mode === 'schedule' ? 'Schedule…' : /^Publish( changes)?…$/ }).click();
  const checklist = page.getByTestId('publish-checklist');
  await expect(checklist).toBeVisible();
  return checklist;
}

/** The checklist's confirm button: "Publish now", "Publish changes" or "Schedule". */
export const confirmButton = (checklist: Locator) => checklist.getByRole('button', { name: /^(Publish now|Publish changes|Schedule)$/ });

/** Clicks Publish, then the confirm button in the checklist; by default waits for "Published". */
export async function publishFromEditor(page: Page, { expectPublished = true }: { expectPublished?: boolean } = {}): Promise<void> {
  const checklist = await openPublishChecklist(page);
  await confirmButton(checklist).click();
  if (expectPublished) await expect(page.getByTestId('publish-result')).toHaveText(/Published/);
}

/** Schedules at `at` (a datetime-local value, Hong Kong time) through the checklist. */
export async function scheduleFromEditor(page: Page, at: string): Promise<void> {
  await page.getByLabel('Publish at (Hong Kong time)').fill(at);
  const checklist = await openPublishChecklist(page, 'schedule');
  await confirmButton(checklist).click();
  await expect(page.getByTestId('publish-result')).toHaveText(/Scheduled for/);
}

/** Replaces the seeded follow-up's draft headlines and standfirsts (草稿 / Draft) and waits for the save. */
export async function clearDraftMarkers(page: Page, texts: { zh: string; en: string; zhStandfirst: string; enStandfirst: string }): Promise<void> {
  await page.getByLabel('Headline · 中文(香港)').fill(texts.zh);
  await page.getByLabel('Headline · English').fill(texts.en);
  await page.getByLabel('Standfirst · 中文(香港)').fill(texts.zhStandfirst);
  await page.getByLabel('Standfirst · English').fill(texts.enStandfirst);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
}

/** Headlines and standfirsts for the seeded follow-up without its draft markers. */
export const TALENT_FLOWS_CLEAN = {
  zh: 'AI人才流動如何重塑全球競賽',
  en: 'How AI talent flows are reshaping the global race',
  zhStandfirst: '《全球AI競賽》系列下一篇專文，探討AI人才流動如何影響全球競賽格局。',
  enStandfirst: 'The next piece in The Global AI Race series, on how the movement of AI talent is shaping the global contest.',
};
