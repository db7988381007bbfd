// Serves a production build on a fresh, seeded database for the end-to-end tests.
import { spawnSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const port = process.argv[2] ?? '3100';
const url = process.env.DATABASE_URL ?? 'file:./data/e2e.db';
if (!url.startsWith('file:')) throw new Error('e2e-server expects a file: DATABASE_URL');
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(url.slice('file:'.length) + suffix, { force: true });

const run = (args) => {
  const r = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['run', 'db:setup']);
if (!process.env.E2E_SKIP_BUILD) run(['run', 'build']);
const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
