// Prisma CLI configuration. The database URL is only read by commands that connect;
// `prisma generate` does not need it.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/tandem.db' },
});
