// Growth: the same pages and a 1% figure revision at several archive sizes, so the table
// shows how each cost grows with the number of pieces; with the proxy's work on a cached
// article and the time `next build` takes for that archive.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { isPostgres, queryAt } from '../../e2e/helpers/sql';
import { ONE_PERCENT_FIGURE, SYNTHETIC_SERIES, syntheticOldSlug } from '@/lib/bench/synthetic-content';
import type { EditorSession } from './editor';
import { reviseAndWatch } from './freshness';
import { request, sequentialLatencies } from './http';
import { load } from './load';
import type { GrowthBuild, GrowthPage, GrowthProxy, GrowthStep } from './results';
import { nextBuild } from './server';
import { percentile, summarize } from './stats';

/** The synthetic piece that uses the 1% figure, and its series (see syntheticPiece). */
export const WATCHED_PIECE = 100;
export const watchedSeries = () => SYNTHETIC_SERIES[(WATCHED_PIECE + Math.floor(WATCHED_PIECE / 100)) % SYNTHETIC_SERIES.length]!;

/** `file`: the bench server's SQLite file (with its WAL), or a postgresql:// URL. */
function dbBytes(file: string): number {
  if (isPostgres(file)) return count(file, 'SELECT pg_database_size(current_database()) AS n');
  return ['', '-wal'].reduce((sum, s) => {
    try {
      return sum + statSync(file + s).size;
    } catch {
      return sum;
    }
  }, 0);
}

function count(file: string, sql: string): number {
  return Number(queryAt<{ n: number }>(file, sql)[0]!.n);
}
const publishedCount = (file: string) => count(file, `SELECT COUNT(*) AS n FROM "Piece" WHERE "status" = 'published'`);

interface Ctx {
  origin: string;
  distDir: string;
  databaseFile: string;
  env: NodeJS.ProcessEnv;
  session: EditorSession;
  draftCookie: string;
  coldRounds: number;
  /** How long to send cached requests through the proxy: spans refreshes of its retired-paths table. */
  proxyWindowMs: number;
  log: (s: string) => void;
}

/** The growth builds' own directory, so the bench server keeps serving .next-bench meanwhile. */
export const GROWTH_DIST_DIR = '.next-growth';

/** A page that fails (an HTTP error, a timeout) is a finding too: it is reported, not fatal. */
async function measurePage(ctx: Ctx, id: string, path: string, kind: 'public' | 'admin'): Promise<GrowthPage> {
  try {
    return await measurePageOrThrow(ctx, id, path, kind);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    ctx.log(`growth: ${path} failed: ${error}`);
    return { id, path, coldMs: summarize([]), cachedMs: null, cachedRps: null, htmlBytes: NaN, htmlGzip: NaN, error };
  }
}

async function measurePageOrThrow(ctx: Ctx, id: string, path: string, kind: 'public' | 'admin'): Promise<GrowthPage> {
  const url = ctx.origin + path;
  const identity = { 'accept-encoding': 'identity' };
  const cold = await sequentialLatencies(url, { ...identity, cookie: kind === 'admin' ? ctx.session.cookie : ctx.draftCookie }, { requests: ctx.coldRounds, maxMs: 60_000 });
  const page = await request(url, { headers: { ...identity, ...(kind === 'admin' ? { cookie: ctx.session.cookie } : {}) } });
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  let cachedMs = null;
  let cachedRps = null;
  if (kind === 'public') {
    cachedMs = summarize(await sequentialLatencies(url, identity, { requests: 30, maxMs: 10_000 }));
    cachedRps = (await load(url, { connections: 32, seconds: 2, headers: { 'accept-encoding': 'gzip' } })).rps;
  }
  return { id, path, coldMs: summarize(cold), cachedMs, cachedRps, htmlBytes: page.body.length, htmlGzip: gzipSync(page.body).length };
}

/**
 * The proxy's share of a request: a synthetic article already in Next's cache, sent one after
 * another for a window that spans several refreshes of the proxy's retired-paths table (it is
 * reloaded from the database every few seconds, by whichever request finds it stale), and an
 * old slug of a renamed piece, which the proxy answers (301) without reaching a page at all.
 */
async function measureProxy(ctx: Ctx, path: string, retiredPath: string): Promise<GrowthProxy> {
  const identity = { 'accept-encoding': 'identity' };
  const retiredPaths = 2 * count(ctx.databaseFile, 'SELECT COUNT(*) AS n FROM "SlugRedirect"');
  try {
    // Warm: the first request after the revision may render; the next ones are served from the cache.
    await sequentialLatencies(ctx.origin + path, identity, { requests: 3, maxMs: 60_000 });
    const cached = await sequentialLatencies(ctx.origin + path, identity, { requests: 1_000_000, maxMs: ctx.proxyWindowMs });
    const retired: number[] = [];
    const until = performance.now() + Math.min(ctx.proxyWindowMs, 3000);
    while (performance.now() < until) {
      const r = await request(ctx.origin + retiredPath, { headers: identity });
      if (r.status !== 301) throw new Error(`${retiredPath} answered ${r.status}, not 301`);
      retired.push(r.ms);
    }
    return {
      path,
      requests: cached.length,
      cachedP50Ms: percentile(cached, 50),
      cachedP99Ms: percentile(cached, 99),
      cachedMaxMs: Math.max(...cached),
      retiredPath,
      retiredPaths,
      retiredP50Ms: percentile(retired, 50),
      retiredP99Ms: percentile(retired, 99),
    };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    ctx.log(`growth: proxy on ${path} failed: ${error}`);
    return { path, requests: 0, cachedP50Ms: NaN, cachedP99Ms: NaN, cachedMaxMs: NaN, retiredPath, retiredPaths, retiredP50Ms: NaN, retiredP99Ms: NaN, error };
  }
}

/**
 * `next build` of this archive into its own directory. Each build starts from a copy of the
 * bench build's compiler cache, so every size pays the same compile and what grows is the
 * archive's share: prerendering every published article in both locales.
 */
function measureBuild(ctx: Ctx): GrowthBuild {
  rmSync(GROWTH_DIST_DIR, { recursive: true, force: true });
  const warmCache = existsSync(`${ctx.distDir}/cache`);
  if (warmCache) cpSync(`${ctx.distDir}/cache`, `${GROWTH_DIST_DIR}/cache`, { recursive: true });
  const started = performance.now();
  try {
    const out = nextBuild({ ...ctx.env, NEXT_DIST_DIR: GROWTH_DIST_DIR });
    const seconds = (performance.now() - started) / 1000;
    const generated = /Generating static pages[^\n]*\((\d+)\/\1\)/.exec(out);
    return { seconds, pagesGenerated: generated ? Number(generated[1]) : null, warmCache };
  } catch (e) {
    const error = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    ctx.log(`growth: next build failed: ${error}`);
    return { seconds: NaN, pagesGenerated: null, warmCache, error };
  } finally {
    // A large archive's build is gigabytes of HTML; only its time is kept.
    rmSync(GROWTH_DIST_DIR, { recursive: true, force: true });
  }
}

export async function growthStep(ctx: Ctx, pieces: number): Promise<GrowthStep> {
  if (pieces < WATCHED_PIECE) throw new Error(`growth sizes start at ${WATCHED_PIECE} pieces (the watched piece, bench-${WATCHED_PIECE})`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', '-s', 'bench:seed', '--', '--pieces', String(pieces)], { env: ctx.env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench:seed failed: ${r.stderr}`);
  const seedSeconds = (Date.now() - started) / 1000;
  const series = watchedSeries();
  const piecePath = `/${series}/bench-${WATCHED_PIECE}`;
  // The revision also expires the listings the bulk insert went around (front, series, sitemap).
  const revision = await reviseAndWatch(ctx, ctx.session, ONE_PERCENT_FIGURE, 1000 + pieces, { zh: `/zh-hk${piecePath}`, en: `/en${piecePath}` });
  ctx.log(
    `growth ${pieces}: seeded in ${seedSeconds.toFixed(1)} s; 1% revision ${Math.round(revision.actionMs)} ms (${revision.pieces} pieces), visible after ${Math.round(revision.both)} ms`,
  );
  const pages = [
    await measurePage(ctx, 'front', '/en', 'public'),
    await measurePage(ctx, 'series', `/en/${series}`, 'public'),
    await measurePage(ctx, 'sitemap', '/sitemap.xml', 'public'),
    // A piece of the archive itself, so its navigation and series read at this size.
    await measurePage(ctx, 'article', `/en${piecePath}`, 'public'),
    await measurePage(ctx, 'dashboard', '/admin', 'admin'),
  ];
  const front = (await request(`${ctx.origin}/en`)).body.toString();
  const proxy = await measureProxy(ctx, `/en${piecePath}`, `/en/${series}/${syntheticOldSlug(WATCHED_PIECE)}`);
  ctx.log(
    `growth ${pieces}: proxy on the cached article p50 ${proxy.cachedP50Ms.toFixed(1)} ms, max ${proxy.cachedMaxMs.toFixed(0)} ms (${proxy.retiredPaths} retired paths); next build`,
  );
  const build = measureBuild(ctx);
  ctx.log(`growth ${pieces}: next build ${build.seconds.toFixed(0)} s (${build.pagesGenerated ?? '?'} pages prerendered)`);
  return {
    pieces,
    publishedPieces: publishedCount(ctx.databaseFile),
    seedSeconds,
    revision: { actionMs: revision.actionMs, piecesTouched: revision.pieces, freshMs: revision.both },
    pages,
    proxy,
    build,
    dbBytes: dbBytes(ctx.databaseFile),
    frontListsNewest: front.includes(`/bench-${pieces}"`),
  };
}
