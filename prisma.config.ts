// Prisma CLI configuration. The database URL is only read by commands that connect;
// `prisma generate` does not need it. The Prisma CLI loads this file outside the app, so it
// reads DATABASE_URL itself rather than through lib/env.ts (whose default it repeats).
// A postgres:// URL selects the derived PostgreSQL schema and its own migration history, so
// that `prisma migrate deploy` (where the engine binary can be had) applies the same history
// as npm run db:migrate (lib/db/migrate.ts, MIGRATIONS_DIRS).
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/tandem.db';
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: postgres ? 'prisma/postgresql/migrations' : 'prisma/migrations' },
  datasource: { url },
});
