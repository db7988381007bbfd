// Pages cached under one SITE_URL are never served under another. The build records the
// SITE_URL its prerendered pages were rendered with (next.config.mjs writes the stamp); a
// server starting with a different one deletes those pages and everything cached since, so
// each is rendered again, with the server's SITE_URL, on its first request.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env, parseSiteUrl } from '@/lib/env';

/** In the build directory: `{ "siteUrl": … }`, the origin its cached pages carry (next.config.mjs writes the same shape). */
export const SITE_URL_STAMP = 'site-url.json';

/** Where `next start` reads and writes the response cache, relative to the build directory. */
const PRERENDERED_DIR = path.join('server', 'app');
const RUNTIME_CACHE_DIR = path.join('server', 'route-cache');
const PRERENDER_FILES = ['.html', '.rsc', '.meta', '.body', '.segments'];

export function distDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().NEXT_DIST_DIR);
}

function writeSiteUrlStamp(dir: string, siteUrl: string): void {
  writeFileSync(path.join(dir, SITE_URL_STAMP), JSON.stringify({ siteUrl }));
}

/** The origin the build directory's cached pages were rendered with; null when unknown. */
export function stampedSiteUrl(dir: string): string | null {
  try {
    const { siteUrl } = JSON.parse(readFileSync(path.join(dir, SITE_URL_STAMP), 'utf8')) as { siteUrl?: string | null };
    return parseSiteUrl(siteUrl ?? undefined);
  } catch {
    return null;
  }
}

/** Build-output file stem of a route: "/en/about" → "<dir>/server/app/en/about". */
function prerenderStem(dir: string, route: string): string {
  return path.join(dir, PRERENDERED_DIR, route === '/' ? 'index' : route);
}

/**
 * Deletes what the build directory caches when it was rendered with another origin than
 * `siteUrl`, then stamps it with `siteUrl`. Returns the routes it deleted (empty when the
 * origins match). Framework pages (/_not-found, /_global-error) carry no URL and stay.
 */
export function dropPagesCachedUnderAnotherOrigin(dir: string, siteUrl: string): string[] {
  const manifestFile = path.join(dir, 'prerender-manifest.json');
  if (!existsSync(manifestFile) || stampedSiteUrl(dir) === siteUrl) return [];
  const { routes } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { routes: Record<string, unknown> };
  const dropped = Object.keys(routes).filter((route) => !route.startsWith('/_'));
  for (const route of dropped) {
    const stem = prerenderStem(dir, route);
    for (const suffix of PRERENDER_FILES) rmSync(stem + suffix, { recursive: true, force: true });
  }
  // Pages rendered by an earlier start, perhaps under yet another origin.
  rmSync(path.join(dir, RUNTIME_CACHE_DIR), { recursive: true, force: true });
  writeSiteUrlStamp(dir, siteUrl);
  return dropped;
}
