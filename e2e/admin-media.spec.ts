// Photos on the editors' desk: an editor uploads a photo (a renamed executable is refused),
// describes it in both languages, places it in an image block and as the lead image of a new
// piece, publishes, and readers see it in both locales with srcset, width and height, and on
// the front page. A translator then edits its alt text but has no upload control.
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { ACCOUNTS, PASSWORD } from './helpers/accounts';
import { axeViolations } from './helpers/axe';
import { publishFromEditor } from './helpers/publish';

const SLUG = 'harbour-data-centres';
const ARTICLE = `/global-ai-race/${SLUG}`;
const FILE = 'e2e-harbour.png';

const photo = () =>
  sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer();

/** As helpers/sign-in.ts, with time for a first sign-in on a busy machine (password hashing, first render). */
async function signIn(page: Page, email: string) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
}

test.describe.serial('photos', () => {
  test('an editor uploads, describes and places a photo; readers see it in both languages', async ({ page, request }) => {
    test.setTimeout(180_000);
    await signIn(page, ACCOUNTS.editor);
    // The seed's image blocks have no photo yet: the dashboard says so.
    await expect(page.locator('tr[data-piece="china-cost-revolution"] [data-needs-image]')).toHaveText('Needs image');

    await page.getByRole('link', { name: 'Photos' }).click();
    await expect(page).toHaveURL(/\/admin\/media$/);
    const picker = page.getByLabel('Choose files');
    // Judged by content, not name: an executable called photo.jpg is refused, in words.
    await picker.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2048)]) });
    await expect(page.locator('[data-upload-result="refused"]')).toHaveText(/is not a JPEG, PNG, WebP or AVIF photo/);
    await picker.setInputFiles({ name: FILE, mimeType: 'image/png', buffer: await photo() });
    await expect(page.locator('[data-upload-result="ok"]')).toHaveText(`Uploaded ${FILE}.`);

    const form = page.locator('form.media-item', { hasText: FILE });
    await expect(form).toBeVisible();
    await form.getByLabel('Alt text · Chinese').fill('維港旁的數據中心');
    await form.getByLabel('Caption · Chinese').fill('香港的數據中心');
    await form.getByLabel('Alt text · English').fill('A data centre by the harbour');
    await form.getByLabel('Caption · English').fill('A Hong Kong data centre');
    await form.getByLabel('Credit').fill('Tandem Photo');
    await form.getByRole('button', { name: 'Save description' }).click();
    await expect(form.getByTestId('describe-result')).toHaveText('Description saved.');
    expect(await axeViolations(page)).toEqual([]);

    // A new piece with an image block and a lead image.
    await page.goto('/admin');
    await page.getByRole('link', { name: 'New follow-up' }).click();
    await page.getByLabel('Slug').fill(SLUG);
    await page.getByLabel('Headline (中文(香港))').fill('維港旁的數據中心');
    await page.getByLabel('Headline (English)').fill('Data centres by the harbour');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/admin\/pieces\/[a-z0-9]+$/);
    await page.getByLabel('Standfirst · 中文(香港)').fill('數據中心如何改變香港。');
    await page.getByLabel('Standfirst · English').fill('How data centres change Hong Kong.');
    await page.getByRole('button', { name: 'Add block' }).click();
    await page.getByLabel('Block type #1').selectOption('image');
    await page.getByLabel('#1 中文(香港)').fill('將軍澳的數據中心。');
    await page.getByLabel('#1 English').fill('A data centre in Tseung Kwan O.');
    await page.getByRole('button', { name: 'Choose photo #1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Use this photo: A data centre by the harbour' }).click();
    await expect(page.getByTestId('block-photo-1').getByRole('img', { name: 'A data centre by the harbour' })).toBeVisible();
    // The block's alt texts start from the photo's own.
    await expect(page.getByLabel('#1 Alt text en')).toHaveValue('A data centre by the harbour');
    await expect(page.getByLabel('#1 Alt text zh-HK')).toHaveValue('維港旁的數據中心');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 10_000 });

    const lead = page.getByTestId('lead-image');
    await lead.getByRole('button', { name: 'Choose photo · Lead image' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Use this photo: A data centre by the harbour' }).click();
    await expect(lead.getByRole('status')).toHaveText('Lead image saved.');
    await publishFromEditor(page);

    for (const [locale, alt, caption, leadAlt] of [
      ['en', 'A data centre by the harbour', 'A data centre in Tseung Kwan O.', 'A data centre by the harbour'],
      ['zh-hk', '維港旁的數據中心', '將軍澳的數據中心。', '維港旁的數據中心'],
    ] as const) {
      await page.goto(`/${locale}${ARTICLE}`);
      const img = page.locator('figure.photo img');
      await expect(img).toHaveAttribute('alt', alt);
      await expect(img).toHaveAttribute('srcset', /\/media\/m[a-z0-9]+\/[a-f0-9]{16}\/640\.jpg 640w/);
      await expect(img).toHaveAttribute('width', '1600');
      await expect(img).toHaveAttribute('height', '1000');
      await expect(page.locator('figure.photo source[type="image/avif"]')).toHaveAttribute('srcset', /1280\.avif 1280w/);
      await expect(page.locator('figure.photo figcaption')).toContainText(caption);
      await expect(page.locator('figure.photo figcaption')).toContainText('Tandem Photo');
      await expect(page.locator('.lead-image img')).toHaveAttribute('alt', leadAlt);
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    const src = await page.locator('figure.photo source[type="image/webp"]').getAttribute('srcset');
    const first = src!.split(',')[0]!.trim().split(' ')[0]!;
    const served = await request.get(first);
    expect(served.headers()['content-type']).toBe('image/webp');
    expect(served.headers()['x-content-type-options']).toBe('nosniff');
    expect(served.headers()['cache-control']).toContain('immutable');
    expect((await request.get(first.replace(/\/[a-f0-9]{16}\//, '/0000000000000000/'))).status()).toBe(404);

    // The share image is drawn over the lead image (a blue photo, darkened under the headline).
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const card = await request.get(new URL(og!).pathname);
    expect(card.headers()['content-type']).toBe('image/png');
    const [r, g, b] = (
      await sharp(await card.body())
        .extract({ left: 1150, top: 320, width: 1, height: 1 })
        .raw()
        .toBuffer()
    ).toJSON().data;
    expect(b!).toBeGreaterThan(r! + 20);
    expect(b!).toBeGreaterThan(g!);

    await page.goto('/en');
    await expect(page.locator('.piece-card', { hasText: 'Data centres by the harbour' }).locator('.card-image img')).toHaveAttribute('srcset', /\/media\//);
  });

  test('a translator edits the alt text but has no upload control', async ({ page }) => {
    await signIn(page, ACCOUNTS.translator);
    await page.goto('/admin/media');
    await expect(page.getByText('You can write the alt text and captions; uploads and credits are for editors.')).toBeVisible();
    await expect(page.getByLabel('Choose files')).toHaveCount(0);
    const form = page.locator('form.media-item', { hasText: FILE });
    await expect(form.getByLabel('Credit')).toHaveCount(0);
    await form.getByLabel('Alt text · English').fill('Servers in a data centre by the harbour');
    await form.getByRole('button', { name: 'Save description' }).click();
    await expect(form.getByTestId('describe-result')).toHaveText('Description saved.');
    await page.goto(`/en${ARTICLE}`);
    await expect(page.locator('.lead-image img')).toHaveAttribute('alt', 'Servers in a data centre by the harbour');
  });
});
