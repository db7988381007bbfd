// The deploy/ nginx cache as a throwaway process: the template rendered into a temp dir
// (cache, logs, temp files and pid there too), listening on a free loopback port.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { renderNginxConfig } from '../../deploy/nginx/render.mjs';

export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export interface CacheProxy {
  origin: string;
  port: number;
  purgeSecret: string;
  cacheDir: string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** nginx with the deploy/ configuration in front of `upstreams` ("host:port" or "host:port backup"). */
export async function startCacheProxy(upstreams: string[]): Promise<CacheProxy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-nginx-'));
  // Started as root, nginx runs its workers as an unprivileged user: they must reach the
  // cache, log and temp folders.
  chmodSync(dir, 0o755);
  for (const sub of ['cache', 'log', 'tmp']) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  const port = await freePort();
  const purgeSecret = randomBytes(16).toString('hex');
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    renderNginxConfig({
      LISTEN: `127.0.0.1:${port}`,
      UPSTREAMS: upstreams.join(','),
      CACHE_DIR: path.join(dir, 'cache'),
      LOG_DIR: path.join(dir, 'log'),
      TEMP_DIR: path.join(dir, 'tmp'),
      PID_FILE: path.join(dir, 'nginx.pid'),
      WORKER_PROCESSES: '1',
      USER: '',
      PURGE_SECRET: purgeSecret,
    }),
  );
  const child = spawn(NGINX_BIN, ['-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100 && !(await listening(port)); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await listening(port))) {
    await stop();
    throw new Error(`nginx did not start on port ${port}: ${stderr}`);
  }
  return { origin: `http://127.0.0.1:${port}`, port, purgeSecret, cacheDir: path.join(dir, 'cache'), stop };
}

/** Files the cache holds (one per stored answer). */
export function cachedEntries(cacheDir: string): string[] {
  return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(cacheDir, f)).isFile());
}

/** Where nginx keeps the answer for a cache key (levels=1:2 of the key's MD5). */
export function entryFile(cacheDir: string, key: string): string {
  const md5 = createHash('md5').update(key).digest('hex');
  return path.join(cacheDir, md5.slice(-1), md5.slice(-3, -1), md5);
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, not decompressed. */
  body: Buffer;
}

/** A request without any client-side decoding or default headers, from a chosen loopback address. */
export function rawRequest(url: string, opts: { method?: string; headers?: Record<string, string>; localAddress?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: false, localAddress: opts.localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    req.end();
  });
}
