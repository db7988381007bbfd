// Turns a SQLite `file:` database URL into an absolute file path, shared by the
// migration scripts and the runtime Prisma client.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** True for URLs that name a SQLite file (`file:...`). */
export function isSqliteUrl(url: string): boolean {
  return url.startsWith('file:');
}

/**
 * Resolves `file:./data/tandem.db`, `file:data/x.db`, `file:/abs/x.db` or
 * `file:///abs/x.db` to an absolute path. Relative paths are relative to the
 * project root (process.cwd()). Query parameters are ignored. Creates the parent
 * folder unless `createFolder` is false.
 */
export function sqliteFilePath(url: string, { createFolder = true } = {}): string {
  if (!isSqliteUrl(url)) {
    throw new Error(`Not a SQLite file URL (expected "file:..."): ${url}`);
  }
  const withoutQuery = url.replace(/[?#].*$/, '');
  const filePath = withoutQuery.startsWith('file://')
    ? fileURLToPath(withoutQuery)
    : path.resolve(/*turbopackIgnore: true*/ process.cwd(), decodeURIComponent(withoutQuery.slice('file:'.length)));
  if (filePath === process.cwd()) {
    throw new Error(`SQLite URL has no file name: ${url}`);
  }
  if (createFolder) mkdirSync(path.dirname(filePath), { recursive: true });
  return filePath;
}
