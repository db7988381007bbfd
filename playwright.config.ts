// Playwright: journeys in Debian's Chromium against a production build on a fresh database.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
/** The origin the app is built with; it serves on another (SITE_URL), and no page may show this one. */
export const E2E_BUILD_SITE_URL = 'http://build-time.invalid';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  // Readers and crawlers first, on the pristine seed; editors' journeys then change the data.
  projects: [
    { name: 'reader', testIgnore: /(admin-.*|crawler-after-edits|instances)\.spec\.ts/ },
    { name: 'editor', testMatch: /admin-.*\.spec\.ts/, dependencies: ['reader'] },
    // A crawler walks again once editors have changed the data, and revises a figure itself.
    { name: 'crawler-after-edits', testMatch: /crawler-after-edits\.spec\.ts/, dependencies: ['editor'] },
    // Two more `next start` of the same build, on their own database and one Redis (e2e/instances.spec.ts).
    { name: 'instances', testMatch: /instances\.spec\.ts/, dependencies: ['crawler-after-edits'] },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/zh-hk`,
    timeout: 600_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: `http://127.0.0.1:${PORT}`,
      E2E_BUILD_SITE_URL,
      SCHEDULER_INTERVAL_MS: '1000',
      // A production server refuses to start without one; this one signs only the test accounts' sessions.
      NEXTAUTH_SECRET: 'e2e-only key: throwaway database on a loopback server',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
