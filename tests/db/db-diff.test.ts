// npm run db:diff on a copy of the project: a model change in prisma/schema.prisma becomes a
// migration for each provider and a rewritten derived PostgreSQL schema, which then apply.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveSchema } from '@/lib/db/derive-schema';
import { migrate } from '@/lib/db/migrate';
import { createPostgresDatabase, postgresServerUrl, withPgClient } from '../helpers/temp-db';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(path.join(os.tmpdir(), 'tandem-db-diff-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

for (const shared of ['lib', 'scripts', 'node_modules', 'tsconfig.json', 'package.json']) symlinkSync(path.join(root, shared), path.join(copy, shared));
cpSync(path.join(root, 'prisma'), path.join(copy, 'prisma'), { recursive: true });

const dbDiff = () => spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/db-diff.ts', '--name', 'Reader note'], { cwd: copy, encoding: 'utf8' });
const newMigrations = (dir: string) => readdirSync(path.join(copy, dir)).filter((name) => name.endsWith('_reader_note'));

describe('npm run db:diff', () => {
  it('writes a migration for both providers and the derived schema, then finds nothing more', { timeout: 180_000 }, async () => {
    const schemaPath = path.join(copy, 'prisma/schema.prisma');
    writeFileSync(
      schemaPath,
      readFileSync(schemaPath, 'utf8').replace('  translationNote Boolean @default(false)\n', '  translationNote Boolean @default(false)\n  readerNote String?\n'),
    );
    const first = dbDiff();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const [sqlite] = newMigrations('prisma/migrations');
    const [postgres] = newMigrations('prisma/postgresql/migrations');
    expect(sqlite).toBe(postgres);
    expect(readFileSync(path.join(copy, 'prisma/migrations', sqlite!, 'migration.sql'), 'utf8')).toContain('"readerNote" TEXT');
    expect(readFileSync(path.join(copy, 'prisma/postgresql/migrations', postgres!, 'migration.sql'), 'utf8')).toMatch(/ALTER TABLE "Piece" ADD COLUMN\s+"readerNote" TEXT/);
    expect(readFileSync(path.join(copy, 'prisma/postgresql/schema.prisma'), 'utf8')).toBe(deriveSchema(readFileSync(schemaPath, 'utf8')));

    const second = dbDiff();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('No schema changes');

    const db = await createPostgresDatabase(postgresServerUrl());
    try {
      await migrate(db.url, { migrationsDir: path.join(copy, 'prisma/postgresql/migrations') });
      const columns = await withPgClient(db.url, (c) => c.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Piece' AND column_name = 'readerNote'`));
      expect(columns.rowCount).toBe(1);
    } finally {
      await db.drop();
    }
  });
});
