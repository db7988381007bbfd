// Signs a browser page in through the real sign-in form.
import { expect, type Page } from '@playwright/test';
import { PASSWORD } from './accounts';

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel(/Email|電郵/).fill(email);
  await page.getByLabel(/Password|密碼/).fill(password);
  await page.getByRole('button', { name: /Sign in|登入/ }).click();
  // The first page after a fresh build can take a while on a busy machine.
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
}
