// The one Prisma client. The adapter follows DATABASE_URL; SQLite (embedded) is the default.
import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseUrl } from '@/lib/db/url';
import { env } from '@/lib/env';
import { sqliteFilePath } from '@/lib/db/sqlite-url';

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (!url.startsWith('file:')) throw new Error(`Unsupported DATABASE_URL "${url}": only file: (SQLite) URLs are supported.`);
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(url) }) });
}

const globalForPrisma = globalThis as unknown as { tandemPrisma?: PrismaClient };

/** Reused across hot reloads in development so connections do not pile up. */
export const db: PrismaClient = globalForPrisma.tandemPrisma ?? createClient();
if (env().NODE_ENV !== 'production') globalForPrisma.tandemPrisma = db;
