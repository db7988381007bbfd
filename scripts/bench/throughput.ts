// Throughput and latency of every page type, side by side: the targets take turns within
// each round, so a slow moment of the machine hits them all alike.
import { performance } from 'node:perf_hooks';
import { request, sequentialLatencies } from './http';
import { load } from './load';
import type { ThroughputRow } from './results';
import { ratioSummary, summarize } from './stats';

export interface Target {
  id: string;
  label: string;
  url: string;
  headers?: Record<string, string>;
}

/**
 * autocannon stops at its deadline with requests still in flight; a slow target (a fresh
 * render) leaves the server busy with them. Wait until a cheap page answers quickly again,
 * so the next target does not pay for the last one.
 */
export async function settle(probeUrl: string, maxMs = 20_000): Promise<void> {
  const until = performance.now() + maxMs;
  while (performance.now() < until) {
    const r = await request(probeUrl, { headers: { 'accept-encoding': 'gzip' } });
    if (r.ms < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function measureThroughput(
  targets: Target[],
  opts: { rounds: number; seconds: number; connections: number; probeUrl: string; log: (s: string) => void },
): Promise<ThroughputRow[]> {
  const base = { 'accept-encoding': 'gzip' };
  // Warm-up: every target's code paths compiled and its caches filled before any round.
  for (const t of targets) await sequentialLatencies(t.url, { ...base, ...t.headers }, { requests: 20, maxMs: 5_000 });
  const per = new Map(targets.map((t) => [t.id, { rps: [] as number[], p50: [] as number[], p99: [] as number[], failures: 0 }]));
  for (let round = 0; round < opts.rounds; round++) {
    for (const t of targets) {
      const r = await load(t.url, { connections: opts.connections, seconds: opts.seconds, headers: { ...base, ...t.headers } });
      const m = per.get(t.id)!;
      m.rps.push(r.rps);
      m.p50.push(r.p50);
      m.p99.push(r.p99);
      m.failures += r.failures;
      await settle(opts.probeUrl);
    }
    opts.log(`throughput round ${round + 1}/${opts.rounds}: ${targets.map((t) => `${t.id} ${Math.round(per.get(t.id)!.rps.at(-1)!)}`).join(', ')}`);
  }
  const about = per.get('about')?.rps;
  const nginx = per.get('nginx')?.rps;
  return targets.map((t) => {
    const m = per.get(t.id)!;
    return {
      id: t.id,
      label: t.label,
      url: t.url,
      rounds: m.rps,
      rps: summarize(m.rps),
      p50Ms: summarize(m.p50),
      p99Ms: summarize(m.p99),
      failures: m.failures,
      ratioToAbout: about ? ratioSummary(m.rps, about) : null,
      ratioToNginx: nginx ? ratioSummary(m.rps, nginx) : null,
    };
  });
}
