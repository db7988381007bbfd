// A second, empty database to import into, with its own Prisma client, beside the one
// DATABASE_URL names. It is made by tests/helpers/temp-db.ts, so when that helper learns
// TEST_DATABASE_URL (PostgreSQL), this follows: the client is chosen by the URL's scheme.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-postgresql/client';
import { sqliteFilePath } from '@/lib/db/sqlite-url';
// Not a React hook, whatever its name says.
import { useTempDatabase as createTempDatabase } from '../helpers/temp-db';

export interface TargetDatabase {
  url: string;
  client: PrismaClient;
  cleanup: () => Promise<void>;
}

export function clientFor(url: string): PrismaClient {
  if (url.startsWith('file:')) return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(url) }) });
  // PostgreSQL has its own generated client (Prisma refuses an adapter of another provider); same models.
  if (/^postgres(ql)?:\/\//.test(url)) return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  throw new Error(`No test client for ${url.split(':')[0]}: URLs`);
}

/** A fresh, migrated, empty database; DATABASE_URL is left pointing where it was. */
export async function emptyTargetDatabase(): Promise<TargetDatabase> {
  const previous = process.env.DATABASE_URL;
  const temp = await createTempDatabase();
  process.env.DATABASE_URL = previous;
  const client = clientFor(temp.url);
  return {
    url: temp.url,
    client,
    cleanup: async () => {
      await client.$disconnect();
      temp.cleanup();
    },
  };
}
