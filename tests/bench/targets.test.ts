// Issue 6's targets, judged from a run's figures.
import { describe, expect, it } from 'vitest';
import type { BenchResults } from '@/scripts/bench/results';
import { summarize } from '@/scripts/bench/stats';
import { targetStatuses } from '@/scripts/bench/targets';

const s = (v: number) => summarize([v]);
const lh = (performance: number) => ({ performance, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1000, cls: 0, tbtMs: 0, failed: [] });
const page = (id: string, cold: number, gzip: number) => ({ id, path: '/', coldMs: s(cold), cachedMs: s(1), cachedRps: 800, htmlBytes: gzip * 4, htmlGzip: gzip });

const proxy = { path: '/', requests: 1, cachedP50Ms: 1, cachedP99Ms: 1, cachedMaxMs: 1, retiredPath: '/', retiredPaths: 0, retiredP50Ms: 1, retiredP99Ms: 1 };
const build = { seconds: 30, pagesGenerated: 100, warmCache: true };

function results(over: Partial<BenchResults> = {}): BenchResults {
  const row = (id: string, about: number) => ({
    id,
    label: id,
    url: '',
    rounds: [],
    rps: s(1),
    p50Ms: s(1),
    p99Ms: s(1),
    failures: 0,
    ratioToAbout: s(about),
    ratioToNginx: s(0.03),
  });
  return {
    version: 1,
    mode: 'quick',
    startedAt: '',
    durationSeconds: 1,
    machine: { cores: 2, cpu: '', memoryGiB: 24, node: 'v20', os: '', loadAverage: { start: [0], end: [0] }, otherNextServersAtStart: 0 },
    commit: { hash: 'abc', dirty: false },
    settings: { rounds: 1, seconds: 1, connections: 32, acceptEncoding: 'gzip', renderBypass: '' },
    throughput: [row('article-zh', 0.95), row('article-en', 0.5), { ...row('deploy-cache', 0), ratioToNginx: null, unavailable: 'not available yet' }],
    render: { cachedP50: s(1), cachedP99: s(1), freshP50: s(1), freshP99: s(1), p50Ratio: s(1) },
    freshness: { figure: 'f', roundsMs: [], bothMs: s(400), actionMs: s(100), afterSaveMs: s(300) },
    publish: { series: 's', roundsMs: [], actionMs: s(50), articleMs: s(200), listedMs: s(250) },
    weight: { 'article-zh': { path: '', htmlBytes: 1, htmlGzip: 1, jsFiles: [], jsGzip: 1, jsBeyondFloorGzip: 19_000, jsBeyondFloorFiles: [] } },
    lighthouse: { 'article-zh': { runs: [], median: lh(99) }, 'article-en': { runs: [], median: lh(90) } },
    growth: [
      {
        pieces: 100,
        publishedPieces: 102,
        seedSeconds: 1,
        revision: { actionMs: 1, piecesTouched: 1, freshMs: 1 },
        pages: [page('front', 10, 5000), page('sitemap', 10, 3000)],
        proxy,
        build,
        dbBytes: 1,
        frontListsNewest: true,
      },
      {
        pieces: 10000,
        publishedPieces: 10002,
        seedSeconds: 1,
        revision: { actionMs: 1, piecesTouched: 100, freshMs: 1 },
        pages: [page('front', 15, 5200), page('sitemap', 400, 3000)],
        proxy,
        build,
        dbBytes: 1,
        frontListsNewest: true,
      },
    ],
    notes: [],
    ...over,
  };
}

describe('targetStatuses', () => {
  it('judges each target from the run, and says which cannot be measured yet', () => {
    const all = targetStatuses(results());
    const find = (start: string) => {
      const t = all.find((x) => x.target.startsWith(start));
      return t && [t.verdict, t.figure];
    };
    expect(find('article-zh: throughput')).toEqual(['met', '95%']);
    expect(find('article-en: throughput')).toEqual(['missed', '50%']);
    expect(find('article through the deploy/ cache')).toEqual(['not available yet', 'not available yet']);
    expect(find('freshness < 1 s')).toEqual(['met', '400 ms']);
    expect(find('front:')).toEqual(['met', 'render ×1.5, gzip size ×1.0']);
    expect(find('sitemap:')).toEqual(['missed', 'render ×40.0, gzip size ×1.0']);
  });

  it('holds articles to 10 KB of JavaScript beyond the floor and Lighthouse to 100/100/100 with performance ≥ 95', () => {
    const all = targetStatuses(results());
    expect(all.find((t) => t.target.startsWith('article-zh: ≤ 10 KB'))?.verdict).toBe('missed');
    expect(all.find((t) => t.target.startsWith('article-zh: Lighthouse'))?.verdict).toBe('met');
    expect(all.find((t) => t.target.startsWith('article-en: Lighthouse'))?.verdict).toBe('missed');
  });
});
