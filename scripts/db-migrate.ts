// npm run db:migrate: applies the pending Prisma migrations of DATABASE_URL's provider
// (prisma/migrations for SQLite, prisma/postgresql/migrations for PostgreSQL) through the
// wasm schema engine, then the data migrations, all under one lock (lib/db/migrate.ts).
// `--migrations DIR` applies another history (the tests use edited copies).
import { parseArgs } from 'node:util';
import { migrate } from '../lib/db/migrate';
import { databaseUrl } from '../lib/db/url';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { migrations: { type: 'string' } } });
  const dataLines: string[] = [];
  const result = await migrate(databaseUrl(), {
    migrationsDir: values.migrations,
    // Content changes SQL cannot make (JSON snapshots), once each, after the schema is current.
    afterSql: async () => {
      const { runDataMigrations } = await import('../lib/db/data-migrations');
      const { db } = await import('../lib/db');
      try {
        dataLines.push(...(await runDataMigrations()));
      } finally {
        await db.$disconnect();
      }
    },
  });
  if (result.applied.length === 0) {
    console.log(`Database is up to date (${result.label}, ${result.total} migration${result.total === 1 ? '' : 's'}).`);
  } else {
    console.log(`Applied ${result.applied.length} migration(s) to ${result.label}:`);
    for (const name of result.applied) console.log(`  ${name}`);
  }
  for (const line of dataLines) console.log(`Data migration ${line}`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`db:migrate failed: ${message.replace(/\s*\n\s*/g, ' ')}`);
  process.exit(1);
});
