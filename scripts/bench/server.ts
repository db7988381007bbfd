// The app under test: a production build in its own directory (.next-bench), on a fresh
// seeded database (data/bench.db), served by `next start` on a loopback port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { waitForUp } from './http';

export const BENCH_PASSWORD = 'bench correct horse battery';
export const BENCH_EDITOR = 'bench-editor@bench.test';

export interface BenchServer {
  origin: string;
  env: NodeJS.ProcessEnv;
  distDir: string;
  databaseFile: string;
  stop: () => void;
}

export function benchEnv(port: number): NodeJS.ProcessEnv {
  return {
    // The production server refuses to start without one; it signs only the bench editor's sessions.
    NEXTAUTH_SECRET: 'bench-only key: throwaway database on a loopback server',
    ...process.env,
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'file:./data/bench.db',
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_DIST_DIR: '.next-bench',
    NEXT_TELEMETRY_DISABLED: '1',
    // Nothing scheduled runs during a measurement.
    SCHEDULER_INTERVAL_MS: '0',
  };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): void {
  const r = spawnSync(command, args, { env, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Fresh database, seeded series, a bench editor account; then build (unless told not to). */
export function prepare(env: NodeJS.ProcessEnv, opts: { build: boolean; log: (s: string) => void }): void {
  const file = env.DATABASE_URL!.slice('file:'.length);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  opts.log('database: migrate and seed');
  run('npm', ['run', '-s', 'db:setup'], env);
  run(
    'npm',
    ['run', '-s', 'user:create', '--', '--email', BENCH_EDITOR, '--name', 'Bench Editor', '--role', 'editor', '--ui-locale', 'en', '--password-stdin'],
    env,
    `${BENCH_PASSWORD}\n`,
  );
  if (opts.build || !existsSync('.next-bench/BUILD_ID')) {
    opts.log('next build (.next-bench)');
    nextBuild(env);
  }
}

/**
 * `next build` into env.NEXT_DIST_DIR; returns its output. next build points next-env.d.ts
 * (and may point the tsconfig) at its own route types: keep the checkout's as they were.
 */
export function nextBuild(env: NodeJS.ProcessEnv): string {
  const kept = ['next-env.d.ts', 'tsconfig.bench.json'].map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : null] as const);
  try {
    const r = spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`next build exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  } finally {
    for (const [file, text] of kept) if (text !== null) writeFileSync(file, text);
  }
}

export async function start(port: number, env: NodeJS.ProcessEnv): Promise<BenchServer> {
  if (await portInUse(port)) throw new Error(`port ${port} is in use: set BENCH_PORT to a free port`);
  const child: ChildProcess = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForUp(`${origin}/en/about`, 60_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { origin, env, distDir: '.next-bench', databaseFile: env.DATABASE_URL!.slice('file:'.length), stop };
}
