// A build directory cached under one SITE_URL is emptied of its pages when served under
// another, and kept when the origin is the same (restarts keep their cache).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropPagesCachedUnderAnotherOrigin, stampedSiteUrl } from '@/lib/seo/site-url-stamp';

let dir: string;
const file = (rel: string, body = 'x') => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), body);
};
const has = (rel: string) => existsSync(path.join(dir, rel));

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-build-'));
  file('prerender-manifest.json', JSON.stringify({ routes: { '/en': {}, '/sitemap.xml': {}, '/_not-found': {} } }));
  // What next.config.mjs writes: the raw setting, normalised when read.
  file('site-url.json', JSON.stringify({ siteUrl: 'https://build.example/' }));
  for (const suffix of ['.html', '.rsc', '.meta', '.segments/_full.segment.rsc']) file(`server/app/en${suffix}`);
  file('server/app/sitemap.xml.body');
  file('server/app/sitemap.xml.meta');
  file('server/app/_not-found.html');
  file('server/route-cache/APP_PAGE/abc/$/en/about.html');
  file('server/app/en/page.js');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dropPagesCachedUnderAnotherOrigin', () => {
  it('keeps everything when the server runs under the origin the pages were rendered with', () => {
    expect(stampedSiteUrl(dir)).toBe('https://build.example');
    expect(dropPagesCachedUnderAnotherOrigin(dir, 'https://build.example')).toEqual([]);
    expect(has('server/app/en.html') && has('server/app/sitemap.xml.body') && has('server/route-cache/APP_PAGE/abc/$/en/about.html')).toBe(true);
  });

  it('drops prerendered pages and documents and earlier renders under another origin, and keeps code and framework pages', () => {
    expect(dropPagesCachedUnderAnotherOrigin(dir, 'https://news.example').sort()).toEqual(['/en', '/sitemap.xml']);
    for (const rel of ['server/app/en.html', 'server/app/en.rsc', 'server/app/en.meta', 'server/app/en.segments', 'server/app/sitemap.xml.body', 'server/route-cache'])
      expect(has(rel), rel).toBe(false);
    expect(has('server/app/en/page.js')).toBe(true);
    expect(has('server/app/_not-found.html')).toBe(true);
    // Restarting under the new origin then keeps what it has cached since.
    expect(stampedSiteUrl(dir)).toBe('https://news.example');
    file('server/route-cache/APP_PAGE/abc/$/en/about.html');
    expect(dropPagesCachedUnderAnotherOrigin(dir, 'https://news.example')).toEqual([]);
    expect(has('server/route-cache/APP_PAGE/abc/$/en/about.html')).toBe(true);
  });

  it('treats a build without a stamp as rendered under an unknown origin', () => {
    rmSync(path.join(dir, 'site-url.json'));
    expect(dropPagesCachedUnderAnotherOrigin(dir, 'https://news.example')).toHaveLength(2);
  });
});
