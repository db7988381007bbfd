// GET /api/health against a real SQLite file and a real Redis: 200 when both answer, 503
// naming the failing part when one does not, never a secret, never cached.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';

const REDIS_OK = 'redis://127.0.0.1:6379';
const REDIS_CLOSED = 'redis://:hunter2hunter2@127.0.0.1:1';

let temp: TempDatabase;
const goodUrl = () => temp.url;

/** The route as a fresh server would load it, with the Prisma client built from DATABASE_URL anew. */
async function freshRoute(databaseUrl: string) {
  const g = globalThis as unknown as { tandemPrisma?: { $disconnect: () => Promise<void> } };
  await g.tandemPrisma?.$disconnect().catch(() => {});
  delete g.tandemPrisma;
  vi.resetModules();
  process.env.DATABASE_URL = databaseUrl;
  return import('@/app/api/health/route');
}

async function probe(databaseUrl: string) {
  const { GET } = await freshRoute(databaseUrl);
  const response = await GET(new Request('http://localhost/api/health'));
  const text = await response.text();
  return { response, body: JSON.parse(text) as Record<string, unknown>, text };
}

beforeAll(async () => {
  temp = await useTempDatabase();
});
afterAll(async () => {
  await freshRoute(goodUrl());
  temp.cleanup();
});

describe('GET /api/health', () => {
  it('answers 200 with the database up and Redis not configured, and is never cached', async () => {
    const { response, body } = await probe(goodUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'not configured' } });
  });

  it('answers 503 naming the database when the database file cannot be opened', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-health-'));
    try {
      // A directory where the file should be: SQLite cannot open it.
      const { response, body } = await probe(`file:${dir}`);
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(body).toEqual({ status: 'fail', checks: { database: 'unreachable', redis: 'not configured' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 when the database path cannot even be created, instead of failing the request', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-health-'));
    try {
      const file = path.join(dir, 'plain-file');
      writeFileSync(file, 'not a folder');
      const { response, body } = await probe(`file:${file}/tandem.db`);
      expect(response.status).toBe(503);
      expect(body).toMatchObject({ status: 'fail', checks: { database: 'unreachable' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('treats an empty, unmigrated database as down', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-health-'));
    try {
      const { response } = await probe(`file:${path.join(dir, 'empty.db')}`);
      expect(response.status).toBe(503);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GET /api/health with REDIS_URL set', () => {
  // lib/env.ts learns REDIS_URL in another branch; until it does, the route cannot see it.
  const envKnowsRedis = async () => {
    process.env.REDIS_URL = REDIS_OK;
    const { env } = await import('@/lib/env');
    return 'REDIS_URL' in env();
  };
  afterAll(() => {
    delete process.env.REDIS_URL;
  });

  it('answers 200 with Redis answering and 503 naming Redis when it does not', async (ctx) => {
    if (!(await envKnowsRedis())) ctx.skip();
    process.env.REDIS_URL = REDIS_OK;
    expect((await probe(goodUrl())).body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
    process.env.REDIS_URL = REDIS_CLOSED;
    const down = await probe(goodUrl());
    expect(down.response.status).toBe(503);
    expect(down.body).toEqual({ status: 'fail', checks: { database: 'ok', redis: 'unreachable' } });
    expect(down.text).not.toContain('hunter2');
  });
});

describe('health checks', () => {
  it('are ok with the database and a real Redis answering', async () => {
    await freshRoute(goodUrl());
    const { checkHealth } = await import('@/lib/ops/health');
    expect(await checkHealth({ redisUrl: REDIS_OK })).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('fail naming Redis when nothing listens on its port, without showing its URL or password', async () => {
    await freshRoute(goodUrl());
    const { checkHealth } = await import('@/lib/ops/health');
    const report = await checkHealth({ redisUrl: REDIS_CLOSED });
    expect(report).toEqual({ status: 'fail', checks: { database: 'ok', redis: 'unreachable' } });
    expect(JSON.stringify(report)).not.toMatch(/hunter2|6379|127\.0\.0\.1/);
  });

  it('answer "timeout" for a database that hangs, within the check timeout', async () => {
    const { checkHealth } = await import('@/lib/ops/health');
    const hung = () => new Promise<never>(() => {});
    expect(await checkHealth({ database: hung, timeoutMs: 200 })).toEqual({ status: 'fail', checks: { database: 'timeout', redis: 'not configured' } });
  });

  it('answer "timeout" for a Redis that accepts connections but never replies', async () => {
    const net = await import('node:net');
    const silent = net.createServer(() => {}); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      await freshRoute(goodUrl());
      const { checkHealth } = await import('@/lib/ops/health');
      const report = await checkHealth({ redisUrl: `redis://127.0.0.1:${port}`, timeoutMs: 300 });
      expect(report.status).toBe('fail');
      expect(['timeout', 'unreachable']).toContain(report.checks.redis);
    } finally {
      silent.close();
    }
  });
});
