// A piece published in one language only, as an editor makes it and as readers and crawlers
// then meet it: listed on the other language's series page in its own language and marked,
// never an empty page; the switcher leads to that series page; feeds and sitemaps name only
// the version that exists. Publishing both languages later makes it an ordinary piece.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { readSitemaps } from './helpers/crawl';
import { signIn } from './helpers/sign-in';
import { confirmButton, openPublishChecklist, publishFromEditor } from './helpers/publish';

test.describe.configure({ mode: 'serial' });

const SERIES = '/global-ai-race';
const ZH_ONLY = 'chip-export-rules';
const EN_ONLY = 'compute-costs-note';

async function createPiece(page: Page, slug: string, headlines: { zh?: string; en?: string }) {
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New follow-up' }).first().click();
  await page.getByLabel('Slug').fill(slug);
  if (headlines.zh) await page.getByLabel('Headline (中文(香港))').fill(headlines.zh);
  if (headlines.en) await page.getByLabel('Headline (English)').fill(headlines.en);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/[a-z0-9]+$/);
}

async function fill(page: Page, locale: '中文(香港)' | 'English', fields: { headline?: string; standfirst: string; paragraph: string }) {
  if (fields.headline) await page.getByLabel(`Headline · ${locale}`).fill(fields.headline);
  await page.getByLabel(`Standfirst · ${locale}`).fill(fields.standfirst);
  await page.getByLabel(`#1 ${locale}`).fill(fields.paragraph);
}

async function saveAndPublish(page: Page, editions: 'Both languages' | 'Chinese only' | 'English only') {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
  await page.getByRole('radio', { name: editions }).check();
  await publishFromEditor(page);
}

/** A reader's page: the editor's own browser previews the working copy (draft mode) once the editor has shown it. */
async function readerPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function feedsList(request: APIRequestContext, locale: 'zh-hk' | 'en', slug: string): Promise<boolean[]> {
  return Promise.all([`/${locale}/feed.xml`, `/${locale}/atom.xml`].map(async (path) => (await (await request.get(path)).text()).includes(`/${locale}${SERIES}/${slug}`)));
}

test('a piece published in Chinese only is listed, marked, on the English series page and never shown empty', async ({ browser, page, request, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.editor);
  await createPiece(page, ZH_ONLY, { zh: '晶片出口新規' });
  await page.getByRole('button', { name: 'Add block' }).click();
  await fill(page, '中文(香港)', { standfirst: '美國的新規則如何影響AI競賽。', paragraph: '美國收緊晶片出口,中國企業轉向自研。' });
  // Both languages are the default, and the English is empty: refused, naming only English.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
  await expect(page.getByRole('radio', { name: 'Both languages' })).toBeChecked();
  const checklist = await openPublishChecklist(page);
  await expect(checklist.getByTestId('checklist-blocking').locator('li')).toHaveText([
    'English: the headline is empty',
    'English: the standfirst is empty',
    'English: block 1 is empty',
  ]);
  await expect(confirmButton(checklist)).toBeDisabled();
  await saveAndPublish(page, 'Chinese only');
  await expect(page.locator('p[data-editions]')).toHaveText('Published: Chinese only');

  const zhUrl = `/zh-hk${SERIES}/${ZH_ONLY}`;
  const zhArticle = await request.get(zhUrl);
  expect(zhArticle.status()).toBe(200);
  expect(await zhArticle.text()).toContain('美國收緊晶片出口');

  // The English series page lists it in Chinese, marked, linking to the Chinese version.
  const reader = await readerPage(browser);
  await reader.goto(`/en${SERIES}`);
  const card = reader.locator('.piece-card', { hasText: '晶片出口新規' });
  await expect(card).toHaveAttribute('data-only-in', 'zh-HK');
  const link = card.locator('h3 a');
  await expect(link).toHaveAttribute('href', zhUrl);
  await expect(link).toHaveAttribute('hreflang', 'zh-HK');
  await expect(link.locator('span[lang="zh-HK"]')).toHaveText('晶片出口新規');
  await expect(link.locator('.only-in')).toHaveText('Chinese only');
  await expect(card.locator('.standfirst')).toHaveAttribute('lang', 'zh-HK');

  // The Chinese article's switcher leads to the English series page, with the marker.
  await reader.goto(zhUrl);
  const switcher = reader.locator('.locale-switcher a');
  await expect(switcher).toHaveAttribute('href', `/en${SERIES}`);
  await expect(switcher.locator('.only-in')).toHaveText('只有中文版');
  await expect(reader.getByRole('link', { name: /English · 只有中文版.*此文沒有英文版/ })).toBeVisible();
  await switcher.click();
  await expect(reader).toHaveURL(`${baseURL}/en${SERIES}`);
  await expect(reader.locator('.piece-card[data-only-in="zh-HK"]')).toHaveCount(1);

  // The English address is no empty page: it redirects, temporarily, to the Chinese version.
  const enAddress = await request.get(`/en${SERIES}/${ZH_ONLY}`, { maxRedirects: 0 });
  expect(enAddress.status()).toBe(307);
  expect(new URL(enAddress.headers()['location']!, baseURL).pathname).toBe(zhUrl);
  await reader.goto(`/en${SERIES}/${ZH_ONLY}`);
  await expect(reader).toHaveURL(`${baseURL}${zhUrl}`);
  await expect(reader.locator('h1')).toHaveText('晶片出口新規');
  await reader.context().close();

  // Crawlers are told of the Chinese version only.
  expect(await feedsList(request, 'en', ZH_ONLY)).toEqual([false, false]);
  expect(await feedsList(request, 'zh-hk', ZH_ONLY)).toEqual([true, true]);
  const site = await readSitemaps(request);
  expect(site.entries.has(`${baseURL}/en${SERIES}/${ZH_ONLY}`)).toBe(false);
  expect(Object.keys(site.entries.get(`${baseURL}${zhUrl}`)!.alternates)).toEqual(['zh-HK', 'x-default']);

  await page.goto('/admin');
  await expect(page.locator(`tr[data-piece="${ZH_ONLY}"] [data-editions]`)).toHaveText('Chinese only');
});

test('once the English is written and both are published, the marker is gone and the English page is there', async ({ browser, page, request, baseURL }) => {
  await signIn(page, ACCOUNTS.editor);
  await page.goto('/admin');
  await page.locator(`tr[data-piece="${ZH_ONLY}"] a`).first().click();
  // The editor kept the Chinese-only choice.
  await expect(page.getByRole('radio', { name: 'Chinese only' })).toBeChecked();
  await fill(page, 'English', { headline: 'New chip export rules', standfirst: 'How the new rules shape the AI race.', paragraph: 'The US tightened chip exports.' });
  await saveAndPublish(page, 'Both languages');
  await expect(page.locator('p[data-editions]')).toHaveText('Published: Both languages');

  const en = await request.get(`/en${SERIES}/${ZH_ONLY}`, { maxRedirects: 0 });
  expect(en.status()).toBe(200);
  expect(await en.text()).toContain('The US tightened chip exports.');
  const reader = await readerPage(browser);
  await reader.goto(`/en${SERIES}`);
  const card = reader.locator('.piece-card', { hasText: 'New chip export rules' });
  await expect(card).not.toHaveAttribute('data-only-in');
  await expect(card.locator('.only-in')).toHaveCount(0);
  await expect(card.locator('h3 a')).toHaveAttribute('href', `/en${SERIES}/${ZH_ONLY}`);
  await reader.goto(`/zh-hk${SERIES}/${ZH_ONLY}`);
  await expect(reader.locator('.locale-switcher a')).toHaveAttribute('href', `/en${SERIES}/${ZH_ONLY}`);
  await expect(reader.locator('.locale-switcher .only-in')).toHaveCount(0);
  await reader.context().close();
  expect(await feedsList(request, 'en', ZH_ONLY)).toEqual([true, true]);
  expect((await readSitemaps(request)).entries.has(`${baseURL}/en${SERIES}/${ZH_ONLY}`)).toBe(true);
});

// Left published in English only, so the crawler's walk after the editors' journeys meets one.
test('a piece published in English only is listed on the Chinese pages as 只有英文版', async ({ browser, page, request }) => {
  await signIn(page, ACCOUNTS.editor);
  await createPiece(page, EN_ONLY, { en: 'A note on compute costs' });
  await page.getByRole('button', { name: 'Add block' }).click();
  await fill(page, 'English', { standfirst: 'What training runs cost now.', paragraph: 'Compute prices kept falling.' });
  await saveAndPublish(page, 'English only');

  const reader = await readerPage(browser);
  await reader.goto('/zh-hk');
  const card = reader.locator('.piece-card', { hasText: 'A note on compute costs' });
  await expect(card.locator('h3 a')).toHaveAttribute('href', `/en${SERIES}/${EN_ONLY}`);
  await expect(card.locator('h3 a span[lang="en"]')).toHaveText('A note on compute costs');
  await expect(card.locator('.only-in')).toHaveText('只有英文版');
  // The previous piece's series navigation names it too, marked, linking to the English.
  await reader.goto(`/zh-hk${SERIES}/${ZH_ONLY}`);
  await expect(reader.locator('.series-nav a[rel=next]')).toHaveAttribute('href', `/en${SERIES}/${EN_ONLY}`);
  await expect(reader.locator('.series-nav a[rel=next] .only-in')).toHaveText('只有英文版');
  await reader.context().close();
  expect((await request.get(`/zh-hk${SERIES}/${EN_ONLY}`, { maxRedirects: 0 })).status()).toBe(307);
  expect(await feedsList(request, 'zh-hk', EN_ONLY)).toEqual([false, false]);
});
