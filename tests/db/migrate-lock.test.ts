// npm run db:migrate as operators run it: instances starting at once migrate once between
// them, and a migration edited after it was applied stops the run, naming it, on both providers.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIRS } from '@/lib/db/migrate';
import { createPostgresDatabase, postgresServerUrl, withPgClient } from '../helpers/temp-db';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-migrate-lock-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function dbMigrate(databaseUrl: string, migrationsDir?: string): Promise<Run> {
  const args = ['--conditions=react-server', '--import', 'tsx', 'scripts/db-migrate.ts', ...(migrationsDir ? ['--migrations', migrationsDir] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

type Rows = { name: string; n: number }[];
const SQL = {
  migrations: 'SELECT "migration_name" AS name, COUNT(*) AS n FROM "_prisma_migrations" GROUP BY "migration_name" ORDER BY name',
  data: 'SELECT "name" AS name, COUNT(*) AS n FROM "DataMigration" GROUP BY "name" ORDER BY name',
};

const providers = [
  {
    provider: 'sqlite' as const,
    fresh: async (label: string) => ({ url: `file:${path.join(tempDir, label, 'tandem.db')}`, drop: async () => {} }),
    rows: async (url: string, sql: string): Promise<Rows> => {
      const db = new Database(url.slice('file:'.length), { readonly: true });
      try {
        return db.prepare(sql).all() as Rows;
      } finally {
        db.close();
      }
    },
  },
  {
    provider: 'postgresql' as const,
    fresh: () => createPostgresDatabase(postgresServerUrl()),
    rows: (url: string, sql: string) => withPgClient(url, async (c) => (await c.query<{ name: string; n: string }>(sql)).rows.map((r) => ({ name: r.name, n: Number(r.n) }))),
  },
];

describe.each(providers)('npm run db:migrate on $provider', ({ provider, fresh, rows }) => {
  // Cold starts of tsx on a busy 2-core machine: budgets, not speed assertions.
  it('run by two instances at once, applies each migration once', { timeout: 180_000 }, async () => {
    const db = await fresh('concurrent');
    try {
      const runs = await Promise.all([dbMigrate(db.url), dbMigrate(db.url)]);
      for (const r of runs) expect(r.stderr).toBe('');
      expect(runs.map((r) => r.status)).toEqual([0, 0]);
      // One of them migrated; the other waited for the lock and found nothing left to do.
      expect(runs.filter((r) => r.stdout.startsWith('Applied')).length).toBe(1);
      expect(runs.filter((r) => r.stdout.startsWith('Database is up to date')).length).toBe(1);
      const migrations = await rows(db.url, SQL.migrations);
      expect(migrations.length).toBeGreaterThan(0);
      expect(migrations.every((m) => m.n === 1)).toBe(true);
      const data = await rows(db.url, SQL.data);
      expect(data.length).toBeGreaterThan(1);
      expect(data.every((m) => m.n === 1)).toBe(true);
    } finally {
      await db.drop();
    }
  });

  it('stops, naming the migration, when an applied one was edited, and applies nothing', { timeout: 180_000 }, async () => {
    const db = await fresh('edited');
    const history = path.join(tempDir, `${provider}-history`);
    cpSync(path.join(root, MIGRATIONS_DIRS[provider]), history, { recursive: true });
    try {
      expect((await dbMigrate(db.url, history)).status).toBe(0);
      const before = await rows(db.url, SQL.migrations);
      const edited = before.at(-1)!.name;
      appendFileSync(path.join(history, edited, 'migration.sql'), '\n-- an afterthought\n');
      mkdirSync(path.join(history, '29991231000000_later'));
      writeFileSync(path.join(history, '29991231000000_later', 'migration.sql'), 'CREATE TABLE "Later" ("id" TEXT PRIMARY KEY);\n');
      const run = await dbMigrate(db.url, history);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`db:migrate failed: migration ${edited} was edited after it was applied`);
      expect(run.stderr).toContain('Nothing was applied');
      expect(await rows(db.url, SQL.migrations)).toEqual(before);
    } finally {
      await db.drop();
    }
  });
});
