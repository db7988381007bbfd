// Next.js configuration. next-intl reads its request config from i18n/request.ts.
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
  // Native and WebAssembly database drivers stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
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
