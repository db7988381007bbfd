// Vitest: unit and integration tests against real throwaway databases.
import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // What next-intl's Next plugin wires up at build time.
      'next-intl/config': fileURLToPath(new URL('./i18n/request.ts', import.meta.url)),
    },
  },
  // Domain modules import 'server-only', whose react-server export is empty. Tests run in
  // Vite's server environment, so the condition belongs there.
  ssr: { resolve: { conditions: ['react-server', ...defaultServerConditions] } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests each create their own database file; run files one at a time
    // so two suites never race on a shared resource.
    fileParallelism: false,
    // next-intl imports 'next/headers' without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-intl'] } },
  },
});
