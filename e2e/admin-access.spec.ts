// Signed out, every admin page sends you to sign-in, and every Server Action and mutating
// route is refused with nothing changed. Actions are read from the build's manifest, so a
// new one is covered without editing this test.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from './helpers/accounts';
import { counts, pieceId } from './helpers/db';
import { signIn } from './helpers/sign-in';

const ADMIN_PAGES = [
  '/admin',
  '/admin/figures',
  '/admin/figures/deepseek-r1-input-price',
  '/admin/figures/new',
  '/admin/pieces/new',
  '/admin/pieces/PIECE',
  '/admin/pieces/PIECE/history',
  '/admin/audit',
  '/admin/users',
  '/admin/media',
];

test('signed out, every admin page redirects to the sign-in page', async ({ page }) => {
  const id = pieceId('ai-talent-flows');
  for (const path of ADMIN_PAGES.map((p) => p.replace('PIECE', id))) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/sign-in\?next=/);
    await expect(page.locator('h1')).toHaveText(/Editors’ sign-in|編輯登入/);
  }
});

test('signed out, every Server Action is refused and nothing changes', async ({ request, baseURL }) => {
  const manifest = JSON.parse(readFileSync(`${process.env.NEXT_DIST_DIR || '.next'}/server/server-reference-manifest.json`, 'utf8')) as { node: Record<string, unknown> };
  const ids = Object.keys(manifest.node);
  expect(ids.length).toBeGreaterThanOrEqual(12);
  const before = counts();
  for (const id of ids) {
    const response = await request.post('/admin', {
      headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: baseURL! },
      data: JSON.stringify([
        {
          pieceId: pieceId('china-cost-revolution'),
          key: 'deepseek-r1-input-price',
          expectedVersion: 1,
          value: 1,
          reasonZhHK: '未經授權',
          reasonEn: 'unauthorised',
          email: ACCOUNTS.editor,
          disabled: true,
          uiLocale: 'en',
        },
      ]),
    });
    const body = await response.text();
    expect(body, `action ${id}`).toContain('unauthenticated');
  }
  expect(counts()).toEqual(before);
});

test('signed out, mutating and draft-reading routes answer 401 or 403', async ({ request }) => {
  const before = counts();
  expect((await request.post('/api/internal/publish-due', { headers: { 'x-scheduler-token': 'guess' } })).status()).toBe(403);
  expect((await request.get(`/api/preview?piece=${pieceId('ai-talent-flows')}&locale=en`, { maxRedirects: 0 })).status()).toBe(401);
  const photo = { file: { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') } };
  expect((await request.post('/api/media', { multipart: photo })).status()).toBe(401);
  expect(counts()).toEqual(before);
});

test('a photo upload from another site, or by a translator, is refused', async ({ page, browser }) => {
  const photo = { file: { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') } };
  await signIn(page, ACCOUNTS.editor);
  // The editor's own cookies, sent by a page on another origin: refused before the file is read.
  const foreign = await page.request.post('/api/media', { multipart: photo, headers: { Origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).message).toBeTruthy();
  const noOrigin = await page.request.post('/api/media', { multipart: photo });
  expect(noOrigin.status()).toBe(403);

  const ctx = await browser.newContext();
  const translator = await ctx.newPage();
  await signIn(translator, ACCOUNTS.translator);
  const origin = new URL(translator.url()).origin;
  expect((await translator.request.post('/api/media', { multipart: photo, headers: { Origin: origin } })).status()).toBe(403);
  await ctx.close();
});

test('a translator can edit but sees no publishing or figure controls, and a wrong password is refused', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await page.getByLabel(/Email|電郵/).fill(ACCOUNTS.translator);
  await page.getByLabel(/Password|密碼/).fill('not the password at all');
  await page.getByRole('button', { name: /Sign in|登入/ }).click();
  await expect(page.locator('p[role=alert]')).toHaveText(/Wrong email or password|電郵或密碼不正確/);

  await signIn(page, ACCOUNTS.translator);
  await page.goto(`/admin/pieces/${pieceId('ai-talent-flows')}`);
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await page.goto('/admin/figures/deepseek-r1-input-price');
  await expect(page.getByTestId('revise-form')).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByTestId('forbidden')).toBeVisible();
});
