// HTTP for the harness: timed GETs over one kept-alive loopback connection, and cookies.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

// Idle sockets close after 4 s, before the server's 5 s keep-alive timeout can close them under us.
const agent = new http.Agent({ keepAlive: true, maxSockets: 4, timeout: 4000 });

export interface Timed {
  status: number;
  ms: number;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

type RequestOptions = { method?: string; headers?: Record<string, string>; body?: string };

/**
 * One request. A GET that finds its kept-alive socket closed by the server is sent once more
 * on a fresh connection; anything else (a Server Action's POST) always gets a fresh one.
 */
export async function request(url: string, options: RequestOptions = {}): Promise<Timed> {
  const method = options.method ?? 'GET';
  try {
    return await send(url, options, method === 'GET');
  } catch (first) {
    let error = first;
    const code = (first as NodeJS.ErrnoException).code;
    if (method === 'GET' && (code === 'ECONNRESET' || code === 'EPIPE')) {
      try {
        return await send(url, options, false);
      } catch (again) {
        error = again;
      }
    }
    throw new Error(`${method} ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function send(url: string, options: RequestOptions, pooled = true): Promise<Timed> {
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1') throw new Error(`benchmarks only load loopback addresses, not ${u.hostname}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(u, { method: options.method ?? 'GET', headers: options.headers, agent: pooled ? agent : false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks), headers: res.headers }));
      res.on('error', reject);
    });
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Latencies of requests sent one after another (concurrency 1): the server's own time plus loopback. */
export async function sequentialLatencies(url: string, headers: Record<string, string>, opts: { requests: number; maxMs: number }): Promise<number[]> {
  const out: number[] = [];
  const until = performance.now() + opts.maxMs;
  for (let i = 0; i < opts.requests && performance.now() < until; i++) {
    const r = await request(url, { headers });
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
    out.push(r.ms);
  }
  return out;
}

/** name=value pairs from Set-Cookie headers, merged into a jar. */
export function collectCookies(jar: Map<string, string>, setCookie: string[] | undefined): void {
  for (const line of setCookie ?? []) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

export function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

export async function waitForUp(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await request(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up within ${ms / 1000} s`);
}

export function closeConnections(): void {
  agent.destroy();
}
