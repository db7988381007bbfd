// `npm run audit:seo`: Lighthouse's SEO category, in Debian's Chromium, against a production
// build on a fresh seeded database: the front, series and article pages in both locales.
// Fails (exit 1) when any page scores below 100, listing the audits that failed.
//
// AUDIT_PORT (default 3200) is where the server listens; SITE_URL is set to it so canonical
// and hreflang URLs point at the audited server. AUDIT_SKIP_BUILD=1 reuses .next (a build made
// under another SITE_URL renders its pages again at start). AUDIT_PATHS overrides the pages.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = Number(process.env.AUDIT_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.AUDIT_DATABASE_URL ?? 'file:./data/audit.db';
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEFAULT_PAGES = ['/zh-hk', '/en', '/zh-hk/global-ai-race', '/en/global-ai-race', '/zh-hk/global-ai-race/china-cost-revolution', '/en/global-ai-race/china-cost-revolution'];
// AUDIT_PATHS=/en,/en/x overrides the list (comma-separated paths).
const PAGES = process.env.AUDIT_PATHS ? process.env.AUDIT_PATHS.split(',').map((p) => p.trim()) : DEFAULT_PAGES;

// The production server refuses to start without NEXTAUTH_SECRET; the audit signs no one in.
const env = {
  NEXTAUTH_SECRET: 'audit-only key: throwaway database on a loopback server',
  ...process.env,
  DATABASE_URL: databaseUrl,
  SITE_URL: origin,
  NEXT_TELEMETRY_DISABLED: '1',
};

function run(command, args) {
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}`);
}

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up within ${ms / 1000}s`);
}

for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseUrl.slice('file:'.length) + suffix, { force: true });
run('npm', ['run', 'db:setup']);
if (!process.env.AUDIT_SKIP_BUILD) run('npx', ['next', 'build']);

const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: ['ignore', 'inherit', 'inherit'], env, detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
let chrome;
let failed = false;
try {
  await waitFor(`${origin}/zh-hk`);
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  console.log('\nLighthouse SEO');
  for (const path of PAGES) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, onlyCategories: ['seo'], output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    const score = Math.round((lhr?.categories.seo.score ?? 0) * 100);
    const failures = Object.values(lhr?.audits ?? {})
      .filter((a) => a.scoreDisplayMode === 'binary' && a.score !== 1 && lhr.categories.seo.auditRefs.some((r) => r.id === a.id && r.weight > 0))
      .map((a) => `${a.id}: ${a.title}`);
    if (lhr?.runtimeError) failures.push(`runtime error: ${lhr.runtimeError.message}`);
    console.log(`${String(score).padStart(4)}  ${path}${failures.length ? `\n      ${failures.join('\n      ')}` : ''}`);
    if (score < 100) failed = true;
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome?.kill();
  stopServer();
}
console.log(failed ? '\nSEO audit failed: every page must score 100.' : '\nEvery page scores 100.');
process.exit(failed ? 1 : 0);
