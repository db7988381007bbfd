// ESLint: JavaScript's and typescript-eslint's recommended rules plus Next's (React, hooks,
// accessibility, Core Web Vitals), kept to what points at a bug. Layout is Prettier's job
// (`npm run format`), so eslint-config-prettier turns off every rule that would argue with it.
import js from '@eslint/js';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

const config = [
  {
    ignores: ['lib/generated/**', '.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'tmp/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      // `_name` marks a parameter or binding that is there on purpose and unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Routes are server components, rendered once per request: reading the clock there is not
    // the re-render hazard the React Compiler's purity rule guards client components against.
    files: ['app/**'],
    rules: { 'react-hooks/purity': 'off' },
  },
  {
    // Tests walk parsed XML and JSON-LD of no fixed shape; typing every level would test the types, not the site.
    files: ['tests/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];

export default config;
