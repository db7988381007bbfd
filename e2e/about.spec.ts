// The about page: a reader page in both languages, reached from every page's footer.
import { expect, test } from '@playwright/test';

for (const [locale, heading, link] of [
  ['zh-hk', '關於Tandem', '關於Tandem'],
  ['en', 'About Tandem', 'About Tandem'],
] as const) {
  test(`the ${locale} about page is reached from the footer and says what Tandem is`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.locator('.site-footer').getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/about$`));
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-HK');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/${locale}/about$`));
  });
}
