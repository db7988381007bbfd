// One source of the models (prisma/schema.prisma); each provider's schema and migration
// history are derived from it. These fail when one drifts: fix with npm run db:diff -- --name <name>.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveSchema, POSTGRES_SCHEMA, SOURCE_SCHEMA } from '@/lib/db/derive-schema';
import { migrate, MIGRATIONS_DIRS } from '@/lib/db/migrate';
import { diffSql, MIGRATION_LOCK_FILE, offlineAdapterFactory, withSchemaEngine } from '@/lib/db/schema-engine';
import { adapterFor } from '@/lib/db/adapters';
import { createPostgresDatabase, postgresServerUrl, withPgClient } from '../helpers/temp-db';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const source = { path: path.join(root, SOURCE_SCHEMA), content: read(SOURCE_SCHEMA) };
const derived = { path: path.join(root, POSTGRES_SCHEMA), content: deriveSchema(source.content) };
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-drift-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** What a reader of the database sees of its shape: tables, columns, indexes, constraints. */
async function catalog(url: string): Promise<{ tables: string[]; columns: string[]; indexes: string[]; constraints: string[] }> {
  return withPgClient(url, async (client) => {
    const rows = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line).sort();
    const own = `table_schema = current_schema() AND table_name <> '_prisma_migrations'`;
    return {
      tables: await rows(`SELECT table_name AS line FROM information_schema.tables WHERE ${own}`),
      columns: await rows(
        `SELECT concat_ws(' | ', table_name, column_name, data_type, udt_name, datetime_precision, is_nullable, column_default) AS line FROM information_schema.columns WHERE ${own}`,
      ),
      indexes: await rows(
        `SELECT concat_ws(' | ', tablename, indexname, indexdef) AS line FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
      ),
      // Primary keys, uniques and foreign keys with their ON DELETE, as PostgreSQL prints them.
      constraints: await rows(
        `SELECT concat_ws(' | ', t.relname, c.conname, pg_get_constraintdef(c.oid)) AS line FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE n.nspname = current_schema() AND t.relname <> '_prisma_migrations'`,
      ),
    };
  });
}

describe('schemas and migration histories derived from prisma/schema.prisma', () => {
  it('prisma/postgresql/schema.prisma is the source with only its provider and client output rewritten', () => {
    expect(read(POSTGRES_SCHEMA), 'run npm run db:diff -- --name <name>').toBe(derived.content);
    const changed = derived.content.split('\n').filter((line) => !source.content.split('\n').includes(line));
    expect(changed).toEqual([
      expect.stringMatching(/^\/\/ generated from prisma\/schema\.prisma/),
      expect.stringContaining('lib/generated/prisma-postgresql'),
      expect.stringContaining('"postgresql"'),
    ]);
  });

  it('each history names its provider in its lock file', () => {
    for (const [provider, dir] of Object.entries(MIGRATIONS_DIRS)) expect(read(path.join(dir, MIGRATION_LOCK_FILE))).toMatch(new RegExp(`^provider = "${provider}"$`, 'm'));
  });

  it('the SQLite history, replayed, has no difference from the source', async () => {
    const url = `file:${path.join(tempDir, 'replayed.db')}`;
    await migrate(url);
    const sql = await withSchemaEngine(adapterFor(url).factory, source, (engine) => diffSql(engine, { database: source }, { datamodel: source }));
    expect(sql, 'schema.prisma has changes without a SQLite migration').toBeNull();
  });

  it('the PostgreSQL history builds the same database as the derived schema does', async () => {
    const server = postgresServerUrl();
    const [replayed, fresh] = [await createPostgresDatabase(server), await createPostgresDatabase(server)];
    try {
      await migrate(replayed.url);
      const script = await withSchemaEngine(offlineAdapterFactory('postgres'), derived, (engine) => diffSql(engine, 'empty', { datamodel: derived }));
      await withPgClient(fresh.url, (client) => client.query(script ?? ''));
      const [got, want] = [await catalog(replayed.url), await catalog(fresh.url)];
      expect(want.tables.length).toBeGreaterThan(10);
      expect(want.constraints.some((c) => c.includes('ON DELETE CASCADE'))).toBe(true);
      expect(got, 'the PostgreSQL history does not end at prisma/postgresql/schema.prisma').toEqual(want);
    } finally {
      await replayed.drop();
      await fresh.drop();
    }
  });
});
