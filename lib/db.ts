// The one Prisma client. The adapter follows DATABASE_URL: file: is embedded SQLite (the
// default), postgres:// or postgresql:// is PostgreSQL through @prisma/adapter-pg.
import 'server-only';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-postgresql/client';
import { adapterFor } from '@/lib/db/adapters';
import { databaseUrl } from '@/lib/db/url';
import { env } from '@/lib/env';

function createClient(): PrismaClient {
  const { DATABASE_POOL_SIZE, DATABASE_STATEMENT_TIMEOUT_MS } = env();
  const { provider, factory } = adapterFor(databaseUrl(), { poolSize: DATABASE_POOL_SIZE, statementTimeoutMs: DATABASE_STATEMENT_TIMEOUT_MS });
  if (provider === 'sqlite') return new PrismaClient({ adapter: factory });
  // Prisma 7 refuses an adapter whose provider differs from the schema's, so PostgreSQL has
  // its own generated client. Both are generated from the same models (lib/db/derive-schema.ts,
  // checked by tests/db/schema-drift.test.ts), so their APIs are the same and one type serves.
  return new PostgresPrismaClient({ adapter: factory }) as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { tandemPrisma?: PrismaClient };

/** Reused across hot reloads in development so connections do not pile up. */
export const db: PrismaClient = globalForPrisma.tandemPrisma ?? createClient();
if (env().NODE_ENV !== 'production') globalForPrisma.tandemPrisma = db;
