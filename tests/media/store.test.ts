// Both media stores keep bytes across a restart (a new store instance, a new database
// client): the directory store in a folder, the database store on SQLite or, with
// TEST_DATABASE_URL, PostgreSQL.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaStore } from '@/lib/media/store';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';
import { png } from './images';

async function roundTrip(open: () => Promise<MediaStore>) {
  const bytes = await png(50, 40);
  const first = await open();
  await first.put('mabc12345/original.png', bytes);
  await first.put('mabc12345/w320.webp', Buffer.from('variant'));
  await first.put('mother9999/original.png', Buffer.from('other'));
  expect(await first.get('mabc12345/original.png')).toEqual(bytes);
  expect(await first.get('mabc12345/w640.webp')).toBeNull();
  // Restart: a new instance reads what the old one wrote.
  const again = await open();
  expect(await again.get('mabc12345/original.png')).toEqual(bytes);
  await again.put('mabc12345/w320.webp', Buffer.from('replaced'));
  expect((await again.get('mabc12345/w320.webp'))?.toString()).toBe('replaced');
  await again.remove('mabc12345');
  expect(await again.get('mabc12345/original.png')).toBeNull();
  expect(await again.get('mabc12345/w320.webp')).toBeNull();
  expect((await again.get('mother9999/original.png'))?.toString()).toBe('other');
  // Keys are built by the library only: a path outside the store is refused.
  await expect(again.get('../../etc/passwd')).rejects.toThrow(/invalid media key/);
}

describe('directory store', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-media-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips bytes and keeps them for a new instance, with no temporary files left', async () => {
    const { directoryStore } = await import('@/lib/media/store');
    await roundTrip(async () => directoryStore(dir));
    expect(readdirSync(path.join(dir, 'mother9999'))).toEqual(['original.png']);
  });
});

describe('database store', () => {
  let temp: TempDatabase | undefined;
  beforeAll(async () => {
    temp = await useTempDatabase();
  });
  afterAll(async () => {
    const { db } = await import('@/lib/db');
    await db.$disconnect();
    await temp?.cleanup();
  });

  it(`round-trips bytes and keeps them for a new client (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, async () => {
    const { databaseStore } = await import('@/lib/media/store');
    const { adapterFor } = await import('@/lib/db/adapters');
    const { PrismaClient } = await import('@/lib/generated/prisma/client');
    const { PrismaClient: PgClient } = await import('@/lib/generated/prisma-postgresql/client');
    const clients: { $disconnect(): Promise<void> }[] = [];
    await roundTrip(async () => {
      const { provider, factory } = adapterFor(temp!.url, { poolSize: 2, statementTimeoutMs: 0 });
      const client = provider === 'sqlite' ? new PrismaClient({ adapter: factory }) : (new PgClient({ adapter: factory }) as unknown as InstanceType<typeof PrismaClient>);
      clients.push(client);
      return databaseStore(client);
    });
    await Promise.all(clients.map((c) => c.$disconnect()));
  });
});
