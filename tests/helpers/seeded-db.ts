// Registers hooks that give a test file a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL) seeded with the series.
import { afterAll, beforeAll } from 'vitest';
import { useTempDatabase, type TempDatabase } from './temp-db';

export function withSeededDatabase(): void {
  let temp: TempDatabase | undefined;
  beforeAll(async () => {
    temp = await useTempDatabase();
    const { seed } = await import('@/prisma/seed/index');
    await seed(() => {});
  });
  afterAll(async () => {
    const { db } = await import('@/lib/db');
    await db.$disconnect();
    await temp?.cleanup();
  });
}
