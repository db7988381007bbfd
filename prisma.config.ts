// Prisma CLI configuration. The database URL is only read by commands that connect;
// `prisma generate` does not need it. The Prisma CLI loads this file outside the app, so it
// reads DATABASE_URL itself rather than through lib/env.ts (whose default it repeats).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/tandem.db' },
});
