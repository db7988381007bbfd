// The deploy/ nginx cache in front of the bench server, beside the same nginx serving the
// article's saved HTML as a file: the cache should cost little over the physical limit
// (target: at least 70% of the file's throughput). Both answer from one nginx process, in
// alternating rounds, so the machine's noise hits them alike.
//
// Standalone, against a server that is already running (e.g. the e2e server):
//   node --conditions=react-server --import tsx scripts/bench/proxy-cache.ts --origin http://127.0.0.1:3500
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { renderNginxConfig } from '../../deploy/nginx/render.mjs';
import { request, waitForUp } from './http';
import { load, type LoadResult } from './load';
import { NGINX_BIN } from './nginx';
import type { ThroughputRow } from './results';
import { ratioSummary, summarize } from './stats';

export const PROXY_CACHE_TARGET = 0.7;

export interface ProxyCacheResult {
  row: ThroughputRow;
  staticRps: number[];
  ratio: number;
  pass: boolean;
  tool: 'wrk' | 'autocannon';
}

/** nginx with the deploy/ config rendered into a temp dir, plus a server block for the saved article. */
async function startNginx(upstream: string, html: Buffer, cachePort: number, staticPort: number): Promise<{ cacheOrigin: string; staticUrl: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-cache-'));
  chmodSync(dir, 0o755);
  // World-readable and writable: started as root, nginx runs its workers as another user.
  for (const sub of ['cache', 'log', 'tmp', 'www']) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  writeFileSync(path.join(dir, 'www', 'article.html'), html);
  writeFileSync(path.join(dir, 'www', 'article.html.gz'), gzipSync(html));
  const staticServer = `
  server {
    listen 127.0.0.1:${staticPort};
    root ${path.join(dir, 'www')};
    gzip_static on;
  }`;
  const conf = renderNginxConfig({
    LISTEN: `127.0.0.1:${cachePort}`,
    // The one bench server listed twice: the upstream block, keepalive and balancing as deployed.
    UPSTREAMS: `${upstream},${upstream}`,
    CACHE_DIR: path.join(dir, 'cache'),
    LOG_DIR: path.join(dir, 'log'),
    TEMP_DIR: path.join(dir, 'tmp'),
    PID_FILE: path.join(dir, 'nginx.pid'),
    // One worker, like the one Node process and like scripts/bench/nginx.ts.
    WORKER_PROCESSES: '1',
    USER: '',
    EXTRA_HTTP_CONFIG: staticServer,
  });
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX_BIN, ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    child.kill('SIGTERM');
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500).unref();
  };
  const cacheOrigin = `http://127.0.0.1:${cachePort}`;
  const staticUrl = `http://127.0.0.1:${staticPort}/article.html`;
  try {
    await waitForUp(staticUrl, 10_000);
    await waitForUp(`${cacheOrigin}/en/about`, 10_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { cacheOrigin, staticUrl, stop };
}

const hasWrk = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** wrk when installed (its C client loads nginx harder than autocannon can), else autocannon. */
function measure(url: string, opts: { connections: number; seconds: number }): Promise<LoadResult> {
  if (!hasWrk) return load(url, { ...opts, headers: { 'accept-encoding': 'gzip' } });
  const out = execFileSync('wrk', ['-t1', `-c${opts.connections}`, `-d${opts.seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const ms = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    return m ? Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[m[2] as 'us' | 'ms' | 's'] : NaN;
  };
  const failures = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors:.*timeout (\d+)/.exec(out)?.[1] ?? 0);
  return Promise.resolve({ rps, p50: ms('50'), p99: ms('99'), requests, failures });
}

/**
 * The article (zh-HK) through the deploy/ cache vs the same bytes as a file, `rounds` times each
 * in turn. The cache is warmed first and must answer HIT.
 */
export async function measureProxyCache(
  origin: string,
  articlePath: string,
  opts: { rounds: number; seconds: number; connections: number; cachePort: number; staticPort: number; log: (s: string) => void },
): Promise<ProxyCacheResult> {
  const html = (await request(`${origin}${articlePath}`, { headers: { 'accept-encoding': 'identity' } })).body;
  const nginx = await startNginx(new URL(origin).host, html, opts.cachePort, opts.staticPort);
  try {
    const url = `${nginx.cacheOrigin}${articlePath}`;
    let status: string | undefined;
    for (let i = 0; i < 20 && status !== 'HIT'; i++) status = (await request(url, { headers: { 'accept-encoding': 'gzip' } })).headers['x-cache-status'] as string | undefined;
    if (status !== 'HIT') throw new Error(`the deploy/ cache does not keep ${articlePath} (X-Cache-Status ${status})`);
    const cache = { rps: [] as number[], p50: [] as number[], p99: [] as number[], failures: 0 };
    const file: number[] = [];
    // Warm-up of both, not counted.
    await measure(url, { connections: opts.connections, seconds: 1 });
    await measure(nginx.staticUrl, { connections: opts.connections, seconds: 1 });
    for (let round = 0; round < opts.rounds; round++) {
      // Alternate which goes first, so a machine warming up or slowing down favours neither.
      const [c, f] =
        round % 2 === 0
          ? [await measure(url, opts), await measure(nginx.staticUrl, opts)]
          : await measure(nginx.staticUrl, opts).then(async (f) => [await measure(url, opts), f] as const);
      cache.rps.push(c.rps);
      cache.p50.push(c.p50);
      cache.p99.push(c.p99);
      cache.failures += c.failures + f.failures;
      file.push(f.rps);
      opts.log(`proxy cache round ${round + 1}/${opts.rounds}: cache ${Math.round(c.rps)} req/s, file ${Math.round(f.rps)} req/s`);
    }
    const ratio = ratioSummary(cache.rps, file);
    const row: ThroughputRow = {
      id: 'deploy-cache',
      label: `article via deploy/ nginx cache (vs nginx: its file, same process, ${hasWrk ? 'wrk' : 'autocannon'})`,
      url,
      rounds: cache.rps,
      rps: summarize(cache.rps),
      p50Ms: summarize(cache.p50),
      p99Ms: summarize(cache.p99),
      failures: cache.failures,
      ratioToAbout: null,
      ratioToNginx: ratio,
    };
    return { row, staticRps: file, ratio: ratio.median, pass: ratio.median >= PROXY_CACHE_TARGET, tool: hasWrk ? 'wrk' : 'autocannon' };
  } finally {
    nginx.stop();
  }
}

export function proxyCacheSummary(r: ProxyCacheResult): string {
  const med = (v: number[]) => Math.round(summarize(v).median);
  return (
    `deploy/ nginx cache: ${med(r.row.rounds)} req/s through the cache, ${med(r.staticRps)} req/s for the same file (${r.tool}); ` +
    `ratio ${(r.ratio * 100).toFixed(0)}% — ${r.pass ? 'PASS' : 'FAIL'} (target ≥ ${PROXY_CACHE_TARGET * 100}%)`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const origin = flag('--origin') ?? 'http://127.0.0.1:3400';
  const port = Number(flag('--port') ?? 3511);
  measureProxyCache(origin, flag('--path') ?? '/zh-hk/global-ai-race/china-cost-revolution', {
    rounds: Number(flag('--rounds') ?? 3),
    seconds: Number(flag('--seconds') ?? 5),
    connections: 32,
    cachePort: port,
    staticPort: port + 1,
    log: (s) => console.error(s),
  }).then(
    (r) => {
      console.log(proxyCacheSummary(r));
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
