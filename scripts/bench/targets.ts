// Where each of issue 6's targets stands in a run: met, missed (with the figure), or not
// measurable yet (with the reason).
import type { BenchResults } from './results';
import { growth } from './stats';

export type Verdict = 'met' | 'missed' | 'not available yet';

export interface TargetStatus {
  target: string;
  verdict: Verdict;
  figure: string;
}

/** 10 KB of gzipped JavaScript beyond the framework floor. */
export const JS_BUDGET_BYTES = 10 * 1024;
/** "Grow gently": a cost at the largest archive at most this many times the smallest. */
export const GENTLE_GROWTH = 2;

const pct = (r: number) => `${Math.round(r * 100)}%`;

export function targetStatuses(r: BenchResults): TargetStatus[] {
  const out: TargetStatus[] = [];
  for (const id of ['article-zh', 'article-en']) {
    const row = r.throughput.find((t) => t.id === id);
    if (!row?.ratioToAbout) continue;
    const ratio = row.ratioToAbout.median;
    out.push({ target: `${id}: throughput ≥ 90% of the static about page`, verdict: ratio >= 0.9 ? 'met' : 'missed', figure: pct(ratio) });
  }
  const cache = r.throughput.find((t) => t.id === 'deploy-cache');
  out.push({
    target: 'article through the deploy/ cache ≥ 70% of nginx static',
    verdict: cache?.ratioToNginx ? (cache.ratioToNginx.median >= 0.7 ? 'met' : 'missed') : 'not available yet',
    figure: cache?.ratioToNginx ? pct(cache.ratioToNginx.median) : (cache?.unavailable ?? 'no deploy/ cache'),
  });
  const fresh = r.freshness.bothMs.median;
  out.push({ target: 'freshness < 1 s at the origin (both locales)', verdict: fresh < 1000 ? 'met' : 'missed', figure: `${Math.round(fresh)} ms` });
  for (const id of ['article-zh', 'article-en']) {
    const w = r.weight[id];
    if (!w) continue;
    out.push({
      target: `${id}: ≤ 10 KB gzip JS beyond the framework floor`,
      verdict: w.jsBeyondFloorGzip <= JS_BUDGET_BYTES ? 'met' : 'missed',
      figure: `${(w.jsBeyondFloorGzip / 1024).toFixed(1)} KB`,
    });
  }
  for (const [id, lh] of Object.entries(r.lighthouse)) {
    const m = lh.median;
    const ok = m.accessibility === 100 && m.bestPractices === 100 && m.seo === 100 && m.performance >= 95;
    out.push({
      target: `${id}: Lighthouse 100 a11y/BP/SEO, ≥ 95 performance`,
      verdict: ok ? 'met' : 'missed',
      figure: `${m.performance}/${m.accessibility}/${m.bestPractices}/${m.seo}`,
    });
  }
  const first = r.growth[0];
  const last = r.growth.at(-1);
  if (first && last && last !== first) {
    for (const id of ['front', 'series', 'sitemap']) {
      const a = first.pages.find((p) => p.id === id);
      const b = last.pages.find((p) => p.id === id);
      if (!a || !b) continue;
      const cold = growth(a.coldMs.median, b.coldMs.median);
      const size = growth(a.htmlGzip, b.htmlGzip);
      const worst = Math.max(cold, size);
      out.push({
        target: `${id}: flat or gentle growth ${first.pieces} → ${last.pieces} pieces (≤ ${GENTLE_GROWTH}×)`,
        verdict: worst <= GENTLE_GROWTH ? 'met' : 'missed',
        figure: `render ×${cold.toFixed(1)}, gzip size ×${size.toFixed(1)}`,
      });
    }
  }
  return out;
}
