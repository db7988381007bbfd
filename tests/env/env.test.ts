// Start-up settings: what an operator sees when a variable is wrong, and what an unset one means.
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

const SECRET = 'a production key of at least thirty-two characters';

function problems(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error('expected the environment to be refused');
}

describe('parseEnv', () => {
  it('applies the defaults a fresh clone runs on', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      SITE_URL: 'http://localhost:3000',
      NEXTAUTH_URL: 'http://localhost:3000',
      DATABASE_URL: 'file:./data/tandem.db',
      SCHEDULER_INTERVAL_MS: 5000,
      NEXT_DIST_DIR: '.next',
    });
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.SHARE_FONT_CJK).toBeUndefined();
  });

  it('treats a blank variable as unset and trims a trailing slash off the site URL', () => {
    expect(parseEnv({ SITE_URL: '', SCHEDULER_INTERVAL_MS: ' ' })).toMatchObject({ SITE_URL: 'http://localhost:3000', SCHEDULER_INTERVAL_MS: 5000 });
    expect(parseEnv({ SITE_URL: 'https://news.example.org/' })).toMatchObject({ SITE_URL: 'https://news.example.org', NEXTAUTH_URL: 'https://news.example.org' });
    expect(parseEnv({ SCHEDULER_INTERVAL_MS: '0' }).SCHEDULER_INTERVAL_MS).toBe(0);
  });

  it('refuses a site URL that is not http(s), naming the variable and the value', () => {
    expect(problems({ SITE_URL: 'news.example.org' })).toMatch(/SITE_URL "news\.example\.org": must be an http:\/\/ or https:\/\/ URL/);
    expect(problems({ SITE_URL: 'ftp://news.example.org' })).toMatch(/SITE_URL "ftp:\/\/news\.example\.org"/);
  });

  it('refuses a database URL the app cannot open, without printing its password', () => {
    const message = problems({ DATABASE_URL: 'mysql://tandem:hunter2hunter2@db.internal/tandem' });
    expect(message).toMatch(/DATABASE_URL "mysql:\/\/tandem:\*\*\*@db\.internal\/tandem": must be a file: URL .* or a postgresql:\/\/ URL/);
    expect(message).not.toContain('hunter2');
  });

  it('accepts SQLite and PostgreSQL URLs, with pool size and statement timeout defaults', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://tandem@db.internal/tandem' }).DATABASE_URL).toBe('postgres://tandem@db.internal/tandem');
    const pg = parseEnv({ DATABASE_URL: 'postgresql://tandem@db.internal/tandem' });
    expect([pg.DATABASE_POOL_SIZE, pg.DATABASE_STATEMENT_TIMEOUT_MS]).toEqual([10, 15000]);
    expect(parseEnv({ DATABASE_POOL_SIZE: '3', DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({ DATABASE_POOL_SIZE: 3, DATABASE_STATEMENT_TIMEOUT_MS: 0 });
    expect(problems({ DATABASE_POOL_SIZE: '0' })).toMatch(/DATABASE_POOL_SIZE "0": must be 1 or more/);
  });

  it('requires a session secret of 32+ characters in production, never printing it', () => {
    expect(problems({ NODE_ENV: 'production' })).toMatch(/NEXTAUTH_SECRET is missing: production needs a secret of at least 32 characters/);
    const short = problems({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'tooshort-but-secret' });
    expect(short).toMatch(/NEXTAUTH_SECRET \(value not shown\): is too short/);
    expect(short).not.toContain('tooshort-but-secret');
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });

  it('lets development, tests and `next build` run without a secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: 'test' })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it('lists every bad variable at once', () => {
    const message = problems({ NODE_ENV: 'production', SITE_URL: 'nope', SCHEDULER_INTERVAL_MS: 'soon', PORT: '99999' });
    for (const name of ['SITE_URL', 'SCHEDULER_INTERVAL_MS', 'PORT', 'NEXTAUTH_SECRET']) expect(message).toContain(name);
  });
});
