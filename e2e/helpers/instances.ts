// Two production instances of one build, on one database and one Redis, for
// e2e/instances.spec.ts: prepares the database, starts `next start` twice, stops them and
// removes their Redis keys afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createClient } from '@redis/client';
import { PASSWORD } from './accounts';

/** Its own database, never the main suite's. A file: URL is made afresh; later a PostgreSQL URL. */
export const INSTANCES_DATABASE_URL = process.env.E2E_INSTANCES_DATABASE_URL ?? 'file:./data/e2e-instances.db';
/** The build the main e2e run made (scripts/e2e-server.mjs), served again by both instances. */
export const INSTANCES_BUILD_DIR = process.env.E2E_BUILD_DIR ?? '.next';
export const INSTANCES_REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
const FIRST_PORT = Number(process.env.E2E_INSTANCES_PORT ?? 3400);
const SECRET = 'e2e-only key: two instances on a loopback throwaway database';

export const INSTANCE_ACCOUNTS = { editor: 'editor@e2e.test', admin: 'admin@e2e.test' } as const;

function npm(args: string[], input?: string): void {
  const r = spawnSync('npm', args, { input, stdio: [input ? 'pipe' : 'ignore', 'inherit', 'inherit'], env: { ...process.env, DATABASE_URL: INSTANCES_DATABASE_URL } });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed with ${r.status}`);
}

/** A fresh, seeded database with an editor and an admin, as scripts/e2e-server.mjs makes its own. */
export function prepareInstancesDatabase(): void {
  if (INSTANCES_DATABASE_URL.startsWith('file:')) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(INSTANCES_DATABASE_URL.slice('file:'.length) + suffix, { force: true });
  }
  npm(['run', 'db:setup']);
  const accounts: [email: string, name: string, role: string][] = [
    [INSTANCE_ACCOUNTS.editor, 'Eddie Editor', 'editor'],
    [INSTANCE_ACCOUNTS.admin, 'Ada Admin', 'admin'],
  ];
  for (const [email, name, role] of accounts) {
    npm(['run', '-s', 'user:create', '--', '--email', email, '--name', name, '--role', role, '--ui-locale', 'en', '--password-stdin'], `${PASSWORD}\n`);
  }
}

export interface Instance {
  name: string;
  origin: string;
  stop(): Promise<void>;
}

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/zh-hk`, { signal: AbortSignal.timeout(10_000) })).ok;
  } catch {
    return false;
  }
}

/** One `next start` on the shared database and Redis, logging to test-results/instances/<name>.log. */
export async function startInstance(name: string, index: number, redisKeyPrefix: string, redisUrl = INSTANCES_REDIS_URL): Promise<Instance> {
  const port = FIRST_PORT + index;
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  // What the main suite's server was given must not leak into these.
  for (const key of ['NEXTAUTH_URL', 'PORT', '__NEXT_PRIVATE_ORIGIN']) delete env[key];
  Object.assign(env, {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: INSTANCES_BUILD_DIR,
    DATABASE_URL: INSTANCES_DATABASE_URL,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisKeyPrefix,
    SCHEDULER_INTERVAL_MS: '500',
    NEXTAUTH_SECRET: SECRET,
    SITE_URL: origin,
  });
  // Something else answering there would pass for this instance.
  if (await answers(origin)) throw new Error(`port ${port} is taken; set E2E_INSTANCES_PORT to a free range`);
  const logDir = path.resolve('test-results', 'instances');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  for (let waited = 0; !(await answers(origin)); waited += 250) {
    if (child.exitCode !== null || waited > 90_000) {
      await stop();
      throw new Error(`instance ${name} did not start on ${origin}; see test-results/instances/${name}.log`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { name, origin, stop };
}

/** A key prefix no other run uses. */
export function instancesRedisPrefix(): string {
  return `tandem-e2e-instances-${randomBytes(4).toString('hex')}:`;
}

/** Deletes every key under `prefix`. */
export async function removeRedisKeys(prefix: string): Promise<void> {
  const client = createClient({ url: INSTANCES_REDIS_URL });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  } finally {
    client.destroy();
  }
}

/** The value of the scheduler lease (the holder's id), or null when nobody holds it. */
export async function schedulerLeaseHolder(prefix: string): Promise<string | null> {
  const client = createClient({ url: INSTANCES_REDIS_URL });
  await client.connect();
  try {
    return await client.get(`${prefix}scheduler-lease`);
  } finally {
    client.destroy();
  }
}
