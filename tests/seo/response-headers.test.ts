// Reader responses: CDN-cacheable and cookie-free when public; private and noindex in
// preview; retired paths answer 301/410 with HEAD like GET.
import { describe, expect, it } from 'vitest';
import { applyReaderHeaders, PUBLIC_CACHE_CONTROL } from '@/lib/seo/routing/cache-headers';
import { retiredResponse } from '@/lib/seo/routing/retired-response';

describe('applyReaderHeaders', () => {
  it('makes public pages cacheable by a CDN for a minute, and drops any Set-Cookie', () => {
    const headers = new Headers({ 'Cache-Control': 's-maxage=31536000', 'Set-Cookie': 'NEXT_LOCALE=en; Path=/' });
    applyReaderHeaders(headers, false);
    expect(headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    expect(headers.has('set-cookie')).toBe(false);
    expect(headers.has('x-robots-tag')).toBe(false);
  });

  it('keeps previews private and out of search engines', () => {
    const headers = new Headers({ 'Set-Cookie': 'a=b' });
    applyReaderHeaders(headers, true);
    expect(headers.get('cache-control')).toBe('private, no-store');
    expect(headers.get('x-robots-tag')).toBe('noindex');
  });
});

describe('retiredResponse', () => {
  it('301s to the absolute new address from SITE_URL, with no body', async () => {
    const res = retiredResponse({ status: 301, location: '/en/s/new' }, 'en', 'GET');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('http://localhost:3000/en/s/new');
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(await res.text()).toBe('');
  });

  it('410s with a small localised page, noindex; HEAD gets the same status and headers without a body', async () => {
    const get = retiredResponse({ status: 410 }, 'zh-HK', 'GET');
    const head = retiredResponse({ status: 410 }, 'zh-HK', 'HEAD');
    expect(get.status).toBe(410);
    expect(head.status).toBe(410);
    expect([...head.headers]).toEqual([...get.headers]);
    const html = await get.text();
    expect(html).toContain('<html lang="zh-HK">');
    expect(html).toContain('<h1>此文章已撤回</h1>');
    expect(html).toContain('<a href="/zh-hk">返回首頁</a>');
    expect(get.headers.get('x-robots-tag')).toBe('noindex');
    expect(await head.text()).toBe('');
  });
});
