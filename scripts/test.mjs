// npm test: every suite, on SQLite and, where the server answers, on PostgreSQL and Redis.
//
// PostgreSQL and Redis are found at TEST_DATABASE_URL / TEST_REDIS_URL, or at their usual
// local addresses. A URL given explicitly must answer: the run fails rather than skipping
// what it was asked to test. Without them (a newcomer's machine), the SQLite suites run and
// the summary says plainly what was not tested.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';

const DEFAULT_PG = 'postgresql://root@127.0.0.1:5432/postgres';
const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
const notTested = [];
const REDIS_TEST_FILES = ['tests/redis/**', 'tests/scheduler/**', 'tests/ops/health.test.ts'];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  // Thrown, not exited, so the databases made for a suite are dropped on the way out.
  if (r.status !== 0) throw new SuiteFailed(`${label} failed (exit ${r.status ?? r.signal}).`, r.status || 1);
}

class SuiteFailed extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** The URL without its password, fit to print. */
function shown(url) {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function pgReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function redisReachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 3000 });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(/^\+PONG|^-NOAUTH/.test(String(data)) ? null : `unexpected answer ${JSON.stringify(String(data).trim())}`);
    });
    socket.once('timeout', () => (socket.destroy(), resolve('no answer within 3 s')));
    socket.once('error', (error) => resolve(error.message));
  });
}

/** A server URL given explicitly must answer; the default one may be absent. */
async function service(name, variable, fallback, probe) {
  const explicit = process.env[variable]?.trim();
  const url = explicit || fallback;
  const problem = await probe(url);
  if (!problem) return url;
  if (explicit) {
    console.error(`✖ ${variable}=${shown(url)} was given, but ${name} cannot be reached: ${problem}`);
    process.exit(1);
  }
  notTested.push(`${name}: nothing answers at ${shown(url)} (${problem}); set ${variable} to test it`);
  return null;
}

async function withDatabase(serverUrl, prefix, fn) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    fn(url.toString());
  } finally {
    const drop = new pg.Client({ connectionString: serverUrl });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await drop.end();
  }
}

try {
  run('System packages', 'node', ['scripts/system-deps.mjs']);
  run('Lint and format', 'npm', ['run', '-s', 'lint']);
  run('Types', 'npm', ['run', '-s', 'typecheck']);

  const pgUrl = await service('PostgreSQL', 'TEST_DATABASE_URL', DEFAULT_PG, pgReachable);
  const redisUrl = await service('Redis', 'TEST_REDIS_URL', DEFAULT_REDIS, redisReachable);
  const serviceEnv = { ...(pgUrl ? { TEST_DATABASE_URL: pgUrl } : {}), ...(redisUrl ? { TEST_REDIS_URL: redisUrl } : {}) };

  // The files that talk to Redis itself (lease, change messages, health) need one to answer.
  const vitest = ['vitest', 'run', ...(redisUrl ? [] : REDIS_TEST_FILES.flatMap((glob) => ['--exclude', glob]))];
  if (!redisUrl) notTested.push(`Vitest files that need Redis: ${REDIS_TEST_FILES.join(', ')}`);
  run('Vitest on SQLite', 'npx', vitest, { ...serviceEnv, TEST_DATABASE_URL: '' });
  if (pgUrl) run(`Vitest on PostgreSQL (${shown(pgUrl)})`, 'npx', vitest, serviceEnv);

  // Readers, editors and crawlers on SQLite; the several-instances journey needs PostgreSQL and Redis.
  const projects = ['reader', 'editor', 'crawler-after-edits'];
  if (pgUrl && redisUrl) {
    await withDatabase(pgUrl, 'tandem_e2e_instances', (instancesUrl) =>
      run(
        'Playwright on SQLite, and two instances on PostgreSQL and Redis',
        'npx',
        ['playwright', 'test', ...projects.flatMap((p) => ['--project', p]), '--project', 'instances'],
        {
          ...serviceEnv,
          E2E_INSTANCES_DATABASE_URL: instancesUrl,
        },
      ),
    );
  } else {
    run('Playwright on SQLite', 'npx', ['playwright', 'test', ...projects.flatMap((p) => ['--project', p])], serviceEnv);
    notTested.push('Two instances sharing one database and Redis (Playwright project "instances"): needs PostgreSQL and Redis');
  }

  // The editors' journeys again, on a PostgreSQL database of their own, with a build of their own.
  if (pgUrl) {
    await withDatabase(pgUrl, 'tandem_e2e_editor', (editorUrl) =>
      run('Playwright editor journeys on PostgreSQL', 'npx', ['playwright', 'test', '--project', 'editor', '--no-deps'], {
        ...serviceEnv,
        E2E_DATABASE_URL: editorUrl,
        E2E_PORT: process.env.E2E_PG_PORT ?? '3110',
      }),
    );
  }
} catch (error) {
  if (!(error instanceof SuiteFailed)) throw error;
  console.error(`\n✖ ${error.message}`);
  process.exit(error.code);
}

console.log('\n✔ All suites passed.');
if (notTested.length) console.log(`\nNot tested on this machine:\n${notTested.map((line) => `  - ${line}`).join('\n')}`);
