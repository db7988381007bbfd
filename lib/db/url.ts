// Where the database is: DATABASE_URL, or the embedded SQLite file by default (lib/env.ts).
// The URL's scheme picks the provider: file: is SQLite, postgres:// or postgresql:// is PostgreSQL.
import { env } from '../env';

export type Provider = 'sqlite' | 'postgresql';

export function databaseUrl(): string {
  return env().DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The provider a URL selects; throws with a message that never shows the URL's password. */
export function providerOf(url: string): Provider {
  if (url.startsWith('file:')) return 'sqlite';
  if (isPostgresUrl(url)) return 'postgresql';
  throw new Error(`DATABASE_URL must start with "file:", "postgres://" or "postgresql://" (got "${url.split(':')[0]}:...")`);
}

/** A URL fit to print: the password replaced by ***. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
  }
}
