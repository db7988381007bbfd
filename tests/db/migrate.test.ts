// The offline migration tooling against real throwaway SQLite files: migrations apply,
// re-running is a no-op, and schema.prisma has no changes that lack a migration (drift).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffSql, readMigrationsList, withSchemaEngine } from '../../lib/db/schema-engine';
import { sqliteFilePath } from '../../lib/db/sqlite-url';
import { PrismaClient } from '../../lib/generated/prisma/client';

const root = fileURLToPath(new URL('../../', import.meta.url));
const migrationsDir = path.join(root, 'prisma/migrations');
const schemaPath = path.join(root, 'prisma/schema.prisma');
const schema = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-migrate-test-'));

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe('sqliteFilePath', () => {
  it('resolves file: URLs against the project root and creates the folder', () => {
    expect(sqliteFilePath('file:./data/tandem.db', { createFolder: false })).toBe(path.join(process.cwd(), 'data/tandem.db'));
    const nested = sqliteFilePath(`file:${tempDir}/a/b/c.db?connection_limit=1`);
    expect(nested).toBe(path.join(tempDir, 'a/b/c.db'));
    expect(statSync(path.dirname(nested)).isDirectory()).toBe(true);
    expect(sqliteFilePath(`file://${tempDir}/x.db`)).toBe(path.join(tempDir, 'x.db'));
    expect(() => sqliteFilePath('postgres://localhost/db')).toThrow(/file:/);
  });
});

describe('migrations', () => {
  const dbFile = sqliteFilePath(`file:${tempDir}/fresh/tandem.db`);
  const factory = () => new PrismaBetterSqlite3({ url: dbFile });

  it('apply to a fresh database, and the Prisma client can use the tables', async () => {
    const migrations = await readMigrationsList(migrationsDir);
    expect(migrations.migrationDirectories.length).toBeGreaterThan(0);
    const { applied } = await withSchemaEngine(factory(), undefined, (engine) => applyMigrations(engine, migrations));
    expect(applied).toEqual(migrations.migrationDirectories.map((dir) => dir.path));

    const prisma = new PrismaClient({ adapter: factory() });
    try {
      await prisma.series.create({
        data: {
          slug: 'global-ai-race',
          texts: { create: [{ locale: 'en', title: 'The Global AI Race', description: 'A series' }] },
        },
      });
      const series = await prisma.series.findUniqueOrThrow({
        where: { slug: 'global-ai-race' },
        include: { texts: true },
      });
      expect(series.texts.map((text) => text.title)).toEqual(['The Global AI Race']);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('apply nothing on a second run', async () => {
    const migrations = await readMigrationsList(migrationsDir);
    const result = await withSchemaEngine(factory(), undefined, (engine) => applyMigrations(engine, migrations));
    expect(result).toEqual({ applied: [], edited: [] });
  });

  it('match schema.prisma (otherwise run: npm run db:diff -- --name <name>)', async () => {
    const sql = await withSchemaEngine(factory(), schema, (engine) => diffSql(engine, { database: schema }, { datamodel: schema }));
    expect(sql, 'schema.prisma has changes without a migration').toBeNull();
  });
});

describe('npm run db:migrate', () => {
  const run = (databaseUrl: string) =>
    spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/db-migrate.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });

  // Two cold starts of tsx on a busy 2-core machine: a budget, not a speed assertion.
  it('creates the database, then reports it up to date', { timeout: 120_000 }, () => {
    const url = `file:${tempDir}/cli/new-folder/tandem.db`;
    const first = run(url);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\) to /);
    expect(first.stdout).toContain('Data migration 20261202_lasting_block_ids');
    const second = run(url);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^Database is up to date/);
    expect(second.stdout, 'a data migration runs once').not.toContain('Data migration');
  });

  it('fails with one clear line for a URL it cannot handle', { timeout: 60_000 }, () => {
    const result = run('mysql://localhost:3306/tandem');
    expect(result.status).toBe(1);
    const message = result.stderr.trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^db:migrate failed: .*DATABASE_URL "mysql:\/\/localhost:3306\/tandem": must be a file: URL .* or a postgresql:\/\/ URL/);
  });

  it('names an unreachable PostgreSQL server without printing its password', { timeout: 60_000 }, () => {
    const result = run('postgresql://tandem:hunter2hunter2@127.0.0.1:1/tandem');
    expect(result.status).toBe(1);
    const message = result.stderr.trim();
    expect(message).toMatch(/^db:migrate failed: cannot reach PostgreSQL at postgresql:\/\/tandem:\*\*\*@127\.0\.0\.1:1\/tandem: .*ECONNREFUSED/);
    expect(message).not.toContain('hunter2');
  });
});
