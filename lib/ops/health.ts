// GET /api/health: is this instance able to serve? The database must answer, and Redis
// too when one is configured. Each check has its own short timeout, so a hung database
// makes the probe answer 503 quickly instead of hanging with it. The answer names the
// failing part and nothing else: no error text, versions, hosts or settings.
import 'server-only';
import { createClient } from '@redis/client';
import { env } from '@/lib/env';
import { log } from './log';

export type CheckState = 'ok' | 'unreachable' | 'timeout' | 'not configured';
export interface HealthReport {
  status: 'ok' | 'fail';
  checks: { database: CheckState; redis: CheckState };
}

export const CHECK_TIMEOUT_MS = 2000;

class CheckTimeout extends Error {}

/** Runs `check`; 'timeout' if it takes longer than `ms` (the check itself is left to finish or fail). */
async function timed(name: string, check: () => Promise<unknown>, ms: number): Promise<CheckState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout()), ms);
  });
  try {
    await Promise.race([check(), deadline]);
    return 'ok';
  } catch (e) {
    const state = e instanceof CheckTimeout ? 'timeout' : 'unreachable';
    // The reason goes to the log (redacted), never to the response.
    log.warn('health_check_failed', { check: name, state, ...(e instanceof CheckTimeout ? {} : { error: e instanceof Error ? e.message : String(e) }) });
    return state;
  } finally {
    clearTimeout(timer);
  }
}

/** A real query against a real table, so an empty or unmigrated database does not pass. */
async function queryDatabase(): Promise<void> {
  // Imported here, so a DATABASE_URL the client cannot even be built from is a failed check, not a 500.
  const { db } = await import('@/lib/db');
  await db.dataMigration.findFirst({ select: { name: true } });
}

/** A fresh connection per probe: it proves Redis answers now, not that it did once. */
async function pingRedis(url: string, ms: number): Promise<void> {
  const client = createClient({ url, socket: { connectTimeout: ms, reconnectStrategy: false } });
  client.on('error', () => {}); // reported through connect()/ping() below
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.destroy();
  }
}

/** REDIS_URL when instances share Redis; without it Redis counts as not configured. */
export function configuredRedisUrl(): string | undefined {
  return env().REDIS_URL;
}

export interface HealthOptions {
  redisUrl?: string;
  timeoutMs?: number;
  database?: () => Promise<unknown>;
}

export async function checkHealth({ redisUrl, timeoutMs = CHECK_TIMEOUT_MS, database = queryDatabase }: HealthOptions = {}): Promise<HealthReport> {
  const [databaseState, redisState] = await Promise.all([
    timed('database', database, timeoutMs),
    redisUrl ? timed('redis', () => pingRedis(redisUrl, timeoutMs), timeoutMs) : Promise.resolve<CheckState>('not configured'),
  ]);
  const failed = databaseState !== 'ok' || (redisState !== 'ok' && redisState !== 'not configured');
  return { status: failed ? 'fail' : 'ok', checks: { database: databaseState, redis: redisState } };
}
