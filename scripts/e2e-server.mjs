// Serves a production build on a fresh, seeded database for the end-to-end tests.
import { spawnSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import pg from 'pg';

const port = process.argv[2] ?? '3100';
const url = process.env.DATABASE_URL ?? 'file:./data/e2e.db';
if (url.startsWith('file:')) {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.migrate-lock']) rmSync(url.slice('file:'.length) + suffix, { force: true });
} else if (/^postgres(ql)?:\/\//.test(url)) {
  // Drop and re-create the database, from the server's own `postgres` database.
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === 'postgres') throw new Error("e2e-server: DATABASE_URL must name a throwaway database, not the server's postgres database");
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
} else {
  throw new Error('e2e-server expects a file: or postgresql:// DATABASE_URL');
}

const run = (args) => {
  const r = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['run', 'db:setup']);
// Accounts for the editor journeys; they exist only in this throwaway database.
const PASSWORD = 'e2e correct horse battery';
for (const [email, name, role] of [
  ['admin@e2e.test', 'Ada Admin', 'admin'],
  ['editor@e2e.test', 'Eddie Editor', 'editor'],
  ['editor2@e2e.test', 'Erin Editor', 'editor'],
  ['translator@e2e.test', 'Tina Translator', 'translator'],
]) {
  const r = spawnSync('npm', ['run', '-s', 'user:create', '--', '--email', email, '--name', name, '--role', role, '--ui-locale', 'en', '--password-stdin'], {
    input: `${PASSWORD}\n`,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: process.env,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The build renders under another origin than the server answers on, and prerenders only the
// newest article of each locale: the suite then proves that every page, prerendered or not,
// carries the served SITE_URL (lib/seo/site-url-stamp.ts), and that older articles render on
// first request.
if (!process.env.E2E_SKIP_BUILD) {
  const buildEnv = { ...process.env, SITE_URL: process.env.E2E_BUILD_SITE_URL ?? process.env.SITE_URL, STATIC_ARTICLES_PER_LOCALE: '1' };
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: buildEnv });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
