// `npm run bench` (add `-- --quick` for a reduced run of about 5 minutes, `--skip-build` to
// reuse .next-bench): builds and serves the app on a fresh seeded database, measures speed,
// weight and scale side by side with nginx serving the same article from disk, prints the
// tables, and writes bench/results.json (and, for a full run, bench/latest.md).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { signIn } from './editor';
import { reviseAndWatch } from './freshness';
import { publishAndWatch } from './publish';
import { growthStep } from './growth';
import { closeConnections, request, sequentialLatencies } from './http';
import { audit, withChrome, type LighthouseRun } from './lighthouse';
import { startNginx } from './nginx';
import { measureProxyCache, proxyCacheSummary } from './proxy-cache';
import { markdownReport, textReport } from './report';
import type { BenchResults } from './results';
import { BENCH_EDITOR, BENCH_PASSWORD, benchEnv, prepare, start } from './server';
import { percentile, ratioSummary, summarize } from './stats';
import { measureThroughput, type Target } from './throughput';
import { measureWeights } from './weight';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const cfg = {
  rounds: Number(flag('--rounds') ?? (quick ? 3 : 5)),
  seconds: Number(flag('--seconds') ?? (quick ? 1 : 5)),
  connections: 32,
  renderRequests: quick ? 40 : 300,
  freshnessRounds: 10,
  publishRounds: quick ? 3 : 5,
  lighthouseRuns: quick ? 1 : 3,
  coldRounds: quick ? 3 : 5,
  // Each size is also built with `next build`, which prerenders every article: the quick
  // run's sizes keep its two builds short.
  growth: (flag('--growth') ?? (quick ? '100,500' : '100,1000,10000')).split(',').map(Number),
  // Spans two reloads of the proxy's retired-paths table (every 5 s), one in a quick run.
  proxyWindowMs: quick ? 6_000 : 11_000,
};
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const ARTICLE = '/global-ai-race/china-cost-revolution';
const FRESHNESS_FIGURE = 'deepseek-r1-input-price';
const PUBLISH_SERIES = 'global-ai-race';
const started = Date.now();
const log = (s: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

/** Other Next servers on the machine (other people's tests) share its two cores. */
function otherNextServers(): number {
  try {
    return Number(execSync("pgrep -c '^next-server'", { encoding: 'utf8' }).trim()) || 0;
  } catch {
    return 0;
  }
}

function machine(loadStart: number[], othersStart: number): BenchResults['machine'] {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: { start: loadStart.map((l) => Math.round(l * 100) / 100), end: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    otherNextServersAtStart: othersStart,
  };
}

function commit(): BenchResults['commit'] {
  const hash = execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim();
  const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() !== '';
  return { hash, dirty };
}

const medianRun = (runs: LighthouseRun[]): LighthouseRun => {
  const m = (k: Exclude<keyof LighthouseRun, 'failed'>) =>
    percentile(
      runs.map((r) => r[k]),
      50,
    );
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcpMs: m('lcpMs'),
    cls: m('cls'),
    tbtMs: m('tbtMs'),
    failed: [...new Set(runs.flatMap((r) => r.failed))],
  };
};

async function main() {
  const loadStart = os.loadavg();
  const othersStart = otherNextServers();
  const env = benchEnv(PORT);
  log(`${quick ? 'quick' : 'full'} run on port ${PORT}; growth at ${cfg.growth.join(', ')} pieces`);
  prepare(env, { build: !args.includes('--skip-build'), log });
  const server = await start(PORT, env);
  const stops: (() => void)[] = [server.stop];
  try {
    const o = server.origin;
    const preview = JSON.parse(readFileSync('.next-bench/prerender-manifest.json', 'utf8')) as { preview: { previewModeId: string } };
    const draftCookie = `__prerender_bypass=${preview.preview.previewModeId}`;
    const articleHtml = (await request(`${o}/zh-hk${ARTICLE}`, { headers: { 'accept-encoding': 'identity' } })).body;
    const nginx = await startNginx(articleHtml, PORT + 1);
    stops.unshift(nginx.stop);

    log('throughput');
    const targets: Target[] = [
      { id: 'article-zh', label: 'article zh-HK', url: `${o}/zh-hk${ARTICLE}` },
      { id: 'article-en', label: 'article en', url: `${o}/en${ARTICLE}` },
      { id: 'front', label: 'front page zh-HK', url: `${o}/zh-hk` },
      { id: 'series', label: 'series page zh-HK', url: `${o}/zh-hk/global-ai-race` },
      { id: 'sitemap', label: 'sitemap.xml', url: `${o}/sitemap.xml` },
      { id: 'feed', label: 'RSS feed en', url: `${o}/en/feed.xml` },
      { id: 'article-fresh', label: 'article zh-HK, rendered fresh', url: `${o}/zh-hk${ARTICLE}`, headers: { cookie: draftCookie } },
      { id: 'about', label: 'about page (reads no data)', url: `${o}/en/about` },
      { id: 'nginx', label: 'nginx, article from disk', url: nginx.url },
    ];
    const throughput = await measureThroughput(targets, { ...cfg, probeUrl: `${o}/en/about`, log });
    nginx.stop();
    stops.shift();
    log('deploy/ nginx cache');
    const proxyCache = await measureProxyCache(o, `/zh-hk${ARTICLE}`, { ...cfg, cachePort: PORT + 2, staticPort: PORT + 3, log });
    throughput.push(proxyCache.row);
    log(proxyCacheSummary(proxyCache));

    log('render cost without cache');
    const cachedP50: number[] = [],
      cachedP99: number[] = [],
      freshP50: number[] = [],
      freshP99: number[] = [];
    for (let round = 0; round < 3; round++) {
      const cached = await sequentialLatencies(`${o}/zh-hk${ARTICLE}`, { 'accept-encoding': 'gzip' }, { requests: cfg.renderRequests, maxMs: 15_000 });
      const fresh = await sequentialLatencies(`${o}/zh-hk${ARTICLE}`, { 'accept-encoding': 'gzip', cookie: draftCookie }, { requests: cfg.renderRequests, maxMs: 15_000 });
      cachedP50.push(percentile(cached, 50));
      cachedP99.push(percentile(cached, 99));
      freshP50.push(percentile(fresh, 50));
      freshP99.push(percentile(fresh, 99));
    }
    const render = {
      cachedP50: summarize(cachedP50),
      cachedP99: summarize(cachedP99),
      freshP50: summarize(freshP50),
      freshP99: summarize(freshP99),
      p50Ratio: ratioSummary(freshP50, cachedP50),
    };

    log('weight');
    const weight = await measureWeights(
      o,
      [
        { id: 'article-zh', path: `/zh-hk${ARTICLE}` },
        { id: 'article-en', path: `/en${ARTICLE}` },
        { id: 'front', path: '/zh-hk' },
        { id: 'series', path: '/zh-hk/global-ai-race' },
        { id: 'about', path: '/en/about' },
        { id: 'not-found (floor)', path: '/en/no-such-page/at/all', status: 404 },
      ],
      'not-found (floor)',
    );

    log('lighthouse');
    const lighthouse: BenchResults['lighthouse'] = {};
    await withChrome(async (port) => {
      const runs: Record<string, LighthouseRun[]> = { 'article-zh': [], 'article-en': [] };
      for (let i = 0; i < cfg.lighthouseRuns; i++) {
        runs['article-zh']!.push(await audit(`${o}/zh-hk${ARTICLE}`, port));
        runs['article-en']!.push(await audit(`${o}/en${ARTICLE}`, port));
      }
      for (const [id, r] of Object.entries(runs)) lighthouse[id] = { runs: r, median: medianRun(r) };
    });

    log('freshness');
    const session = await signIn(o, BENCH_EDITOR, BENCH_PASSWORD);
    const original = 0.55;
    const rounds = [];
    for (let i = 1; i <= cfg.freshnessRounds; i++) {
      const value = Math.round((original + i / 100) * 100) / 100;
      rounds.push(await reviseAndWatch(server, session, FRESHNESS_FIGURE, value, { zh: `/zh-hk${ARTICLE}`, en: `/en${ARTICLE}` }));
    }
    const freshness = {
      figure: FRESHNESS_FIGURE,
      roundsMs: rounds.map((r) => ({ zh: r.zh, en: r.en, both: r.both, actionMs: r.actionMs })),
      bothMs: summarize(rounds.map((r) => r.both)),
      actionMs: summarize(rounds.map((r) => r.actionMs)),
      afterSaveMs: summarize(rounds.map((r) => r.both - r.actionMs)),
    };

    log('freshness of a publish');
    const publishRounds = [];
    for (let i = 1; i <= cfg.publishRounds; i++) publishRounds.push(await publishAndWatch(server, session, PUBLISH_SERIES, i));
    const publish = {
      series: PUBLISH_SERIES,
      roundsMs: publishRounds,
      actionMs: summarize(publishRounds.map((r) => r.actionMs)),
      articleMs: summarize(publishRounds.map((r) => r.articleMs)),
      listedMs: summarize(publishRounds.map((r) => r.listedMs)),
    };

    log('growth');
    const growth = [];
    for (const n of cfg.growth) growth.push(await growthStep({ ...server, env, session, draftCookie, coldRounds: cfg.coldRounds, proxyWindowMs: cfg.proxyWindowMs, log }, n));

    const results: BenchResults = {
      version: 1,
      mode: quick ? 'quick' : 'full',
      startedAt: new Date(started).toISOString(),
      durationSeconds: (Date.now() - started) / 1000,
      machine: machine(loadStart, othersStart),
      commit: commit(),
      settings: {
        rounds: cfg.rounds,
        seconds: cfg.seconds,
        connections: cfg.connections,
        acceptEncoding: 'gzip',
        renderBypass: 'Next.js draft-mode cookie (__prerender_bypass from the build), no session: the public render path, uncached',
      },
      throughput,
      render,
      freshness,
      publish,
      weight,
      lighthouse,
      growth,
      notes: NOTES,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    if (!quick) writeFileSync('bench/latest.md', markdownReport(results));
    console.log(textReport(results));
    console.log(proxyCacheSummary(proxyCache));
    log(`wrote bench/results.json${quick ? '' : ' and bench/latest.md'}`);
  } finally {
    for (const stop of stops) stop();
    closeConnections();
  }
}

const NOTES = [
  'Load comes from autocannon in the same 2-core machine as the server, so the nginx figure is a floor set by the load generator as much as by nginx.',
  'All load requests send Accept-Encoding: gzip. Next compresses every response; nginx serves a pre-compressed copy (gzip_static) with one worker process.',
  'Fresh renders use Next.js draft mode (the build’s __prerender_bypass cookie) without an editor session: the page reads the public version, exactly as a reader render does, but skips every cache. No code path exists for it beyond Next.js’s own.',
  'Growth pages are measured right after a figure revision used by 1% of the synthetic pieces, which also expires the listings the bulk insert went around. The growth article is a piece of the synthetic archive (bench-100).',
  'Growth proxy rows: the synthetic article already cached, requested one after another, so what changes with the archive is the proxy’s work (its retired-paths table, reloaded from the database by the first request every 5 s; the max is usually that request). Every tenth synthetic piece has an old slug, answered 301 by the proxy alone.',
  'Growth build rows: `next build` of that archive into .next-growth while the bench server idles, starting from a copy of the bench build’s compiler cache, so what grows is prerendering (every published article in both locales).',
  'The deploy/ nginx cache row: the zh-HK article through deploy/nginx/tandem.conf.template (one worker, warmed, every request a HIT), its “vs nginx” the same nginx process serving the saved HTML as a file (gzip_static), in alternating turns within each round; measured with wrk when installed. Target: at least 70%.',
];

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
