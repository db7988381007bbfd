// Two production instances behind one site (project "instances" in playwright.config.ts): the
// build of the main run served twice, on one database and one Redis. Editors work through
// instance A; readers, who may land on either, are played by plain requests to instance B.
// What one instance changes, the other serves on its very next request, and a scheduled piece
// goes live once, though both instances run a scheduler.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { INSTANCE_ACCOUNTS, instancesRedisPrefix, prepareInstancesDatabase, removeRedisKeys, schedulerLeaseHolder, startInstance, type Instance } from './helpers/instances';
import { TALENT_FLOWS_CLEAN, clearDraftMarkers, publishFromEditor, scheduleFromEditor } from './helpers/publish';
import { signIn } from './helpers/sign-in';

test.describe.configure({ mode: 'serial' });

const FEATURE = '/global-ai-race/china-cost-revolution';
const prefix = instancesRedisPrefix();
let a: Instance;
let b: Instance;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  prepareInstancesDatabase();
  [a, b] = await Promise.all([startInstance('a', 0, prefix), startInstance('b', 1, prefix)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await removeRedisKeys(prefix);
});

async function editorOnA(browser: Browser, email: string = INSTANCE_ACCOUNTS.editor): Promise<Page> {
  const context = await browser.newContext({ baseURL: a.origin });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const onB = (request: APIRequestContext, path: string) => request.get(`${b.origin}${path}`);

/** The values a page shows for a figure in its text (`<data data-figure=…>`), as a reader reads them. */
const figureInText = (html: string, key: string) => [...html.matchAll(new RegExp(`<data [^>]*data-figure="${key}"[^>]*>([^<]*)</data>`, 'g'))].map((m) => m[1]);

test('a figure revised through instance A is served by instance B on its next request', async ({ browser, request }) => {
  // Both instances have the page cached before the change.
  for (const origin of [a.origin, b.origin]) expect(figureInText(await (await request.get(`${origin}/en${FEATURE}`)).text(), 'deepseek-r1-input-price')).toEqual(['$0.55']);

  const page = await editorOnA(browser);
  await page.goto('/admin/figures/deepseek-r1-input-price');
  const form = page.getByTestId('revise-form');
  await form.getByLabel('New value').fill('0.60');
  await form.getByLabel('Reason (Chinese)').fill('DeepSeek調整API定價');
  await form.getByLabel('Reason (English)').fill('DeepSeek changed its API pricing');
  await form.getByRole('button', { name: 'Save revision' }).click();
  await expect(form.getByTestId('revision-result')).toHaveText(/Revised/);

  const en = await (await onB(request, `/en${FEATURE}`)).text();
  expect(figureInText(en, 'deepseek-r1-input-price'), 'instance B, English').toEqual(['$0.60']);
  expect(/was revised from \$0\.55 to \$0\.60\. Reason: DeepSeek changed its API pricing/.test(en), 'the update note on B').toBe(true);
  expect(figureInText(await (await onB(request, `/zh-hk${FEATURE}`)).text(), 'deepseek-r1-input-price'), 'instance B, Chinese').toEqual(['0.60美元']);
  expect(await (await onB(request, '/api/charts/api-prices.csv')).text()).toContain('deepseek-r1-input-price,currency,USD,0.6,');
  await page.context().close();
});

test('a piece published through instance A is live on instance B, and listed on its series page', async ({ browser, request }) => {
  expect((await onB(request, '/en/global-ai-race/ai-chip-supply')).status()).toBe(404);
  expect((await (await onB(request, '/en/global-ai-race')).text()).includes('The AI chip supply chain')).toBe(false);

  const page = await editorOnA(browser);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New follow-up' }).click();
  await page.getByLabel('Slug').fill('ai-chip-supply');
  await page.getByLabel('Headline (中文(香港))').fill('AI晶片供應鏈');
  await page.getByLabel('Headline (English)').fill('The AI chip supply chain');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/[a-z0-9]+$/);
  await page.getByLabel('Standfirst · 中文(香港)').fill('晶片如何影響AI競賽。');
  await page.getByLabel('Standfirst · English').fill('How chips shape the AI race.');
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByLabel('#1 中文(香港)').fill('內文第一段。');
  await page.getByLabel('#1 English').fill('The first paragraph.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });
  await publishFromEditor(page);

  const article = await onB(request, '/en/global-ai-race/ai-chip-supply');
  expect(article.status()).toBe(200);
  expect((await article.text()).includes('How chips shape the AI race.'), 'the article on B').toBe(true);
  expect((await (await onB(request, '/en/global-ai-race')).text()).includes('The AI chip supply chain'), 'the series page on B').toBe(true);
  expect((await (await onB(request, '/zh-hk')).text()).includes('AI晶片供應鏈'), 'the front page on B').toBe(true);
  await page.context().close();
});

test('a piece scheduled through instance A goes live on instance B once, though both run a scheduler', async ({ browser, request }) => {
  test.setTimeout(240_000);
  expect(await schedulerLeaseHolder(prefix), 'one of the instances holds the scheduler lease').not.toBeNull();
  expect((await onB(request, '/en/global-ai-race/ai-talent-flows')).status()).toBe(404);

  const page = await editorOnA(browser);
  await page.goto('/admin');
  await page.getByRole('link', { name: /how AI talent flows/i }).click();
  await expect(page.getByRole('button', { name: 'Publish…' })).toBeVisible();
  const pieceUrl = new URL(page.url()).pathname;
  // The checklist refuses the seed's draft markers: the headlines and standfirsts are written first.
  await clearDraftMarkers(page, TALENT_FLOWS_CLEAN);
  // The form takes whole minutes, Hong Kong time: 30 to 90 seconds from now.
  const at = new Date(Date.now() + 8 * 3600_000 + 90_000).toISOString().slice(0, 16);
  await scheduleFromEditor(page, at);
  await page.context().close();

  // Nobody acts; whichever instance holds the lease publishes it.
  await expect.poll(async () => (await onB(request, '/en/global-ai-race/ai-talent-flows')).status(), { timeout: 180_000, intervals: [1_000] }).toBe(200);

  // Published with the scheduled date, not the moment some instance got to it.
  const scheduled = Date.parse(`${at}:00+08:00`);
  for (const origin of [a.origin, b.origin]) {
    const html = await (await request.get(`${origin}/en/global-ai-race/ai-talent-flows`)).text();
    const published = /"datePublished":"([^"]+)"/.exec(html)?.[1];
    expect(published && Date.parse(published), origin).toBe(scheduled);
  }

  // One publication in the audit log, one live revision, read through instance B's panel.
  const adminContext = await browser.newContext({ baseURL: b.origin });
  const admin = await adminContext.newPage();
  await signIn(admin, INSTANCE_ACCOUNTS.admin);
  await admin.goto('/admin/audit?action=piece.*');
  await expect(admin.locator('tr[data-action="piece.publish"]').filter({ hasText: 'ai-talent-flows (scheduled)' })).toHaveCount(1);
  await expect(admin.locator('tr[data-action="piece.schedule"]').filter({ hasText: 'ai-talent-flows' })).toHaveCount(1);
  await admin.goto(`${pieceUrl}/history`);
  await expect(admin.locator('.status-published')).toHaveCount(1);
  await adminContext.close();
});

test('an instance started while Redis is unreachable still serves readers, fresh from the database', async ({ request }) => {
  // Nothing listens on port 1: this instance's cache, lease and messages all find Redis away.
  const c = await startInstance('c-without-redis', 2, prefix, 'redis://127.0.0.1:1');
  try {
    for (let visit = 0; visit < 2; visit++) {
      const page = await request.get(`${c.origin}/en${FEATURE}`);
      expect(page.status()).toBe(200);
      expect(figureInText(await page.text(), 'deepseek-r1-input-price'), 'the value revised through A').toEqual(['$0.60']);
    }
    expect((await request.get(`${c.origin}/en/global-ai-race/ai-chip-supply`)).status()).toBe(200);
  } finally {
    await c.stop();
  }
});
