// Test accounts, created by scripts/e2e-server.mjs in the throwaway end-to-end database.
export const PASSWORD = 'e2e correct horse battery';
export const ACCOUNTS = {
  admin: 'admin@e2e.test',
  editor: 'editor@e2e.test',
  editor2: 'editor2@e2e.test',
  translator: 'translator@e2e.test',
} as const;
