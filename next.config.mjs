// Next.js configuration. next-intl reads its request config from i18n/request.ts.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build directory lets `npm run bench` build and serve while the end-to-end
  // tests or the SEO audit use .next in the same checkout. Its route types go with their
  // own tsconfig, so `tsc` on the checkout never reads a benchmark build's stale types.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typescript: { tsconfigPath: process.env.NEXT_DIST_DIR ? 'tsconfig.bench.json' : 'tsconfig.json' },
  reactStrictMode: true,
  // Not-found answers are rendered on every request and never stored; with REDIS_URL the
  // cache is shared by every instance (cache-handler.mjs).
  cacheHandler: path.resolve(import.meta.dirname, 'cache-handler.mjs'),
  compiler: {
    // Prerendered pages carry SITE_URL. Record the one they are about to be rendered with, so
    // a server started with another drops them (lib/seo/site-url-stamp.ts) instead of serving
    // the build's origin. This runs once the build directory is cleaned, before prerendering.
    // The data cache (unstable_cache entries, cache/fetch-cache) outlives builds; a build
    // starts it afresh, so prerendering reads the database as it is now.
    async runAfterProductionCompile({ distDir }) {
      writeFileSync(path.join(distDir, 'site-url.json'), JSON.stringify({ siteUrl: process.env.SITE_URL ?? null }));
      rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true });
    },
  },
  // Native and WebAssembly database drivers stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg'],
  async headers() {
    // The editors' panel is never cached by a shared cache and never indexed.
    const privateNoindex = [
      { key: 'Cache-Control', value: 'private, no-store' },
      { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
    ];
    return [
      { source: '/admin', headers: privateNoindex },
      { source: '/admin/:path*', headers: privateNoindex },
      { source: '/api/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
