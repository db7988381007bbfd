// The deploy/ nginx cache in front of the app: readers get cached pages in their language and
// encoding; editors, previews and sign-in go around it; what it keeps expires as the app's
// Cache-Control says; the client address reaching the app is nginx's. Read-only.
import { statSync } from 'node:fs';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { cachedEntries, entryFile, freePort, rawRequest, startCacheProxy, type CacheProxy, type RawResponse } from './helpers/nginx';

const ARTICLE = '/global-ai-race/china-cost-revolution';
const GZIP = { 'accept-encoding': 'gzip' };
/** A fresh cache key for each use, so no test depends on what another left in the cache. */
const fresh = (path: string) => `${path}?v=${Math.random().toString(36).slice(2)}`;

/** Every answer through nginx says what the cache did. */
async function via(proxy: CacheProxy, path: string, opts: Parameters<typeof rawRequest>[1] = {}): Promise<RawResponse> {
  const r = await rawRequest(proxy.origin + path, opts);
  expect(r.headers['x-cache-status'], `${opts.method ?? 'GET'} ${path}: X-Cache-Status`).toMatch(/^(MISS|HIT|BYPASS|EXPIRED|STALE|UPDATING|REVALIDATED)$/);
  return r;
}
const status = (r: RawResponse) => r.headers['x-cache-status'];
const html = (r: RawResponse) => (r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8');

test.describe('nginx cache in front of the app', () => {
  let proxy: CacheProxy;

  test.beforeAll(async () => {
    const app = new URL(test.info().project.use.baseURL!).host;
    // A dead instance listed first: every request that nginx sends there is retried on the live one.
    const dead = `127.0.0.1:${await freePort()}`;
    proxy = await startCacheProxy([dead, app]);
  });
  test.afterAll(async () => {
    await proxy?.stop();
  });

  test('an article is fetched from the app once, then served from the cache, while one instance is down', async () => {
    const path = fresh(`/zh-hk${ARTICLE}`);
    const first = await via(proxy, path, { headers: GZIP });
    expect(first.status).toBe(200);
    expect(status(first)).toBe('MISS');
    const second = await via(proxy, path, { headers: GZIP });
    expect(status(second)).toBe('HIT');
    expect(html(second)).toBe(html(first));
    // What the cache keeps it keeps as long as the app says: 60 s fresh, then 300 s stale while it refetches.
    expect(second.headers['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
  });

  test('zh-HK and English pages never take each other’s place', async () => {
    const v = fresh('').slice(1);
    for (let round = 0; round < 2; round++) {
      for (const [locale, lang] of [
        ['zh-hk', 'zh-HK'],
        ['en', 'en'],
      ] as const) {
        const r = await via(proxy, `/${locale}${ARTICLE}?${v}`, { headers: GZIP });
        expect(r.status).toBe(200);
        expect(status(r)).toBe(round === 0 ? 'MISS' : 'HIT');
        expect(html(r)).toContain(`<html lang="${lang}"`);
      }
    }
    // "/" answers by the reader's cookie or language: never from the cache, always their own.
    for (let round = 0; round < 2; round++) {
      const en = await via(proxy, '/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect([status(en), en.headers.location]).toEqual(['BYPASS', '/en']);
      const zh = await via(proxy, '/', { headers: { 'accept-language': 'zh-HK,zh;q=0.9' } });
      expect([status(zh), zh.headers.location]).toEqual(['BYPASS', '/zh-hk']);
      const chosen = await via(proxy, '/', { headers: { 'accept-language': 'zh-HK', cookie: 'NEXT_LOCALE=en' } });
      expect([status(chosen), chosen.headers.location]).toEqual(['BYPASS', '/en']);
    }
  });

  test('gzip and plain answers are kept apart and each decodes', async () => {
    const path = fresh(`/en${ARTICLE}`);
    const gz = await via(proxy, path, { headers: GZIP });
    expect([status(gz), gz.headers['content-encoding']]).toEqual(['MISS', 'gzip']);
    const page = gunzipSync(gz.body).toString('utf8');
    expect(page).toContain('<html lang="en"');
    // A client that cannot decompress, after the gzip copy is cached: plain bytes, its own copy.
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, identity' }] as Record<string, string>[]) {
      const plain = await via(proxy, path, { headers });
      expect(plain.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(plain.body.toString('utf8'), JSON.stringify(headers)).toBe(page);
    }
    const again = await via(proxy, path, { headers: { 'accept-encoding': 'br, gzip, deflate' } });
    expect([status(again), again.headers['content-encoding']]).toEqual(['HIT', 'gzip']);
    expect(gunzipSync(again.body).toString('utf8')).toBe(page);
  });

  test('the editors’ side, previews and signed-in readers go around the cache and leave nothing in it', async () => {
    const before = cachedEntries(proxy.cacheDir);
    const article = fresh(`/zh-hk${ARTICLE}`);
    const cases: [string, Record<string, string>][] = [
      ['/admin', {}],
      ['/admin/sign-in', {}],
      ['/api/auth/session', {}],
      ['/api/auth/providers', {}],
      ['/api/preview?piece=any&locale=en', {}],
      ['/api/preview/exit', {}],
      [article, { cookie: 'next-auth.session-token=not-a-real-session' }],
      [article, { cookie: 'a=1; __Secure-next-auth.session-token.0=not-a-real-session' }],
      [article, { cookie: '__prerender_bypass=not-a-real-preview' }],
    ];
    for (const [path, headers] of cases) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const r = await via(proxy, path, { headers: { ...GZIP, ...headers } });
        expect(r.status, path).toBeLessThan(500);
        expect(status(r), `${path} ${JSON.stringify(headers)}`).toBe('BYPASS');
      }
    }
    expect(cachedEntries(proxy.cacheDir)).toEqual(before);
    // The article those requests asked for was not stored for the next reader either.
    expect(status(await via(proxy, article, { headers: GZIP }))).toBe('MISS');
  });

  test('every answer says what the cache did, whatever the request', async () => {
    const script = (await via(proxy, `/en${ARTICLE}`, { headers: GZIP })).body;
    const asset = /\/_next\/static\/[^"]+\.js/.exec(gunzipSync(script).toString('utf8'))?.[0];
    expect(asset).toBeTruthy();
    const requests: [string, string, number][] = [
      ['GET', asset!, 200],
      ['HEAD', `/en${ARTICLE}`, 200],
      ['GET', '/en/no-such-page-at-all', 404],
      ['GET', '/no-such-file.txt', 404],
      ['GET', '/global-ai-race', 307],
      ['GET', '/ZH-HK', 308],
      ['POST', '/api/auth/signout', 302],
      ['GET', '/robots.txt', 200],
      ['GET', '/sitemap.xml', 200],
    ];
    for (const [method, path, code] of requests) expect((await via(proxy, path, { method, headers: GZIP })).status, `${method} ${path}`).toBe(code);
  });

  test('answers the app marks as not for shared caches are fetched every time', async () => {
    // robots.txt and the figures API: `max-age=0, must-revalidate`, no s-maxage.
    for (const path of ['/robots.txt', '/api/figures.json']) {
      for (let attempt = 0; attempt < 2; attempt++) expect(status(await via(proxy, path, { headers: GZIP })), path).toBe('MISS');
    }
    // Next's year-long default on a 404 the proxy does not reach is not kept either.
    for (let attempt = 0; attempt < 2; attempt++) expect(status(await via(proxy, '/no-such-file.txt', { headers: GZIP }))).toBe('MISS');
  });

  test('a purge from this machine replaces the cached copy; a wrong secret changes nothing', async () => {
    const path = fresh(`/en${ARTICLE}`);
    expect(status(await via(proxy, path, { headers: GZIP }))).toBe('MISS');
    // The key names the host, the address, the encoding and Next's RSC headers (all empty here).
    const file = entryFile(proxy.cacheDir, `http://127.0.0.1${path}|gzip|||||`);
    const stored = statSync(file).ino;
    expect(status(await via(proxy, path, { headers: { ...GZIP, 'x-tandem-purge': 'not-the-secret' } }))).toBe('HIT');
    expect(statSync(file).ino).toBe(stored);
    const purged = await via(proxy, path, { headers: { ...GZIP, 'x-tandem-purge': proxy.purgeSecret } });
    expect([purged.status, status(purged)]).toEqual([200, 'BYPASS']);
    expect(statSync(file).ino).not.toBe(stored);
    expect(status(await via(proxy, path, { headers: GZIP }))).toBe('HIT');
  });
});

/**
 * A stand-in for the app that shows what nginx sends it, and answers with a counter and the
 * Cache-Control a path asks for: it makes expiry observable in seconds, not minutes, and shows
 * the headers the real app would receive.
 */
test.describe('nginx cache: what reaches the app, and expiry', () => {
  let proxy: CacheProxy;
  let upstream: http.Server;
  const seen: http.IncomingHttpHeaders[] = [];
  let served = 0;
  const LIFETIMES: Record<string, string> = {
    '/en/short-swr': 'public, max-age=0, s-maxage=1, stale-while-revalidate=4',
    '/en/short': 'public, max-age=0, s-maxage=1',
    '/en/no-store': 'private, no-store',
    '/en/vary-cookie': 'public, max-age=0, s-maxage=60',
  };

  test.beforeAll(async () => {
    const port = await freePort();
    upstream = http.createServer((req, res) => {
      seen.push(req.headers);
      served++;
      const pathname = new URL(req.url!, 'http://x').pathname;
      res.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': LIFETIMES[pathname] ?? 'private, no-store',
        vary: pathname === '/en/vary-cookie' ? 'Cookie' : 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
      });
      res.end(JSON.stringify({ served, path: req.url }));
    });
    await new Promise<void>((resolve) => upstream.listen(port, '127.0.0.1', resolve));
    proxy = await startCacheProxy([`127.0.0.1:${port}`, `127.0.0.1:${await freePort()} backup`]);
  });
  test.afterAll(async () => {
    await proxy?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  const body = (r: RawResponse) => JSON.parse(r.body.toString('utf8')) as { served: number };

  test('the client address, host and encoding the app sees are nginx’s, not what the client claimed', async () => {
    seen.length = 0;
    await via(proxy, '/en/headers', {
      localAddress: '127.0.0.5',
      headers: {
        'x-forwarded-for': '203.0.113.9, 127.0.0.1',
        'x-real-ip': '203.0.113.9',
        'x-forwarded-host': 'attacker.example',
        'x-forwarded-proto': 'https',
        forwarded: 'for=203.0.113.9',
        'x-tandem-purge': proxy.purgeSecret,
        'accept-encoding': 'br, gzip;q=0.8, deflate',
      },
    });
    const h = seen.at(-1)!;
    expect(h['x-forwarded-for']).toBe('127.0.0.5');
    expect(h['x-real-ip']).toBe('127.0.0.5');
    expect(h['x-forwarded-host']).toBe(`127.0.0.1:${proxy.port}`);
    expect(h.host).toBe(`127.0.0.1:${proxy.port}`);
    expect(h['x-forwarded-proto']).toBe('http');
    expect(h.forwarded).toBeUndefined();
    expect(h['x-tandem-purge']).toBeUndefined();
    expect(h['accept-encoding']).toBe('gzip');
    await via(proxy, '/en/headers', { headers: { 'accept-encoding': 'identity' } });
    expect(seen.at(-1)!['accept-encoding']).toBeUndefined();
  });

  test('an entry goes stale after s-maxage, is refreshed in the background within stale-while-revalidate, and is refetched after both', async () => {
    const swr = fresh('/en/short-swr');
    const short = fresh('/en/short');
    const first = { swr: await via(proxy, swr), short: await via(proxy, short) };
    expect([status(first.swr), status(first.short)]).toEqual(['MISS', 'MISS']);
    expect([status(await via(proxy, swr)), status(await via(proxy, short))]).toEqual(['HIT', 'HIT']);
    // nginx counts lifetimes in whole seconds: 2.1 s is past s-maxage=1 and inside the 4 s after it.
    await new Promise((r) => setTimeout(r, 2_100));

    const stale = await via(proxy, swr);
    expect(status(stale)).toBe('STALE');
    expect(body(stale).served).toBe(body(first.swr).served);
    // The background refresh lands; the next reader gets the new copy from the cache.
    await expect.poll(async () => status(await via(proxy, swr))).toBe('HIT');
    expect(body(await via(proxy, swr)).served).toBeGreaterThan(body(first.swr).served);

    // Without stale-while-revalidate, the first reader after s-maxage waits for a fresh copy.
    const expired = await via(proxy, short);
    expect(status(expired)).toBe('EXPIRED');
    expect(body(expired).served).toBeGreaterThan(body(first.short).served);
    expect(status(await via(proxy, short))).toBe('HIT');
  });

  test('an answer marked no-store, or varying on what the key does not cover, is never kept', async () => {
    for (const path of [fresh('/en/no-store'), fresh('/en/vary-cookie')]) {
      const a = await via(proxy, path);
      const b = await via(proxy, path);
      expect([status(a), status(b)], path).toEqual(['MISS', 'MISS']);
      expect(body(b).served, path).toBeGreaterThan(body(a).served);
    }
  });
});
