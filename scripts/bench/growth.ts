// Growth: the same pages and a 1% figure revision at several archive sizes, so the table
// shows how each cost grows with the number of pieces.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { ONE_PERCENT_FIGURE, SYNTHETIC_SERIES } from '@/lib/bench/synthetic-content';
import type { EditorSession } from './editor';
import { reviseAndWatch } from './freshness';
import { request, sequentialLatencies } from './http';
import { load } from './load';
import type { GrowthPage, GrowthStep } from './results';
import { summarize } from './stats';

/** The synthetic piece that uses the 1% figure, and its series (see syntheticPiece). */
export const WATCHED_PIECE = 100;
export const watchedSeries = () => SYNTHETIC_SERIES[(WATCHED_PIECE + Math.floor(WATCHED_PIECE / 100)) % SYNTHETIC_SERIES.length]!;

function dbBytes(file: string): number {
  return ['', '-wal'].reduce((sum, s) => {
    try {
      return sum + statSync(file + s).size;
    } catch {
      return sum;
    }
  }, 0);
}

function publishedCount(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM Piece WHERE status = 'published'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

interface Ctx {
  origin: string;
  distDir: string;
  databaseFile: string;
  env: NodeJS.ProcessEnv;
  session: EditorSession;
  draftCookie: string;
  coldRounds: number;
  log: (s: string) => void;
}

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

export async function growthStep(ctx: Ctx, pieces: number): Promise<GrowthStep> {
  const started = Date.now();
  const r = spawnSync('npm', ['run', '-s', 'bench:seed', '--', '--pieces', String(pieces)], { env: ctx.env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench:seed failed: ${r.stderr}`);
  const seedSeconds = (Date.now() - started) / 1000;
  const series = watchedSeries();
  const piecePath = `/${series}/bench-${WATCHED_PIECE}`;
  // The revision also expires the listings the bulk insert went around (front, series, sitemap).
  const revision = await reviseAndWatch(ctx, ctx.session, ONE_PERCENT_FIGURE, 1000 + pieces, { zh: `/zh-hk${piecePath}`, en: `/en${piecePath}` });
  ctx.log(`growth ${pieces}: seeded in ${seedSeconds.toFixed(1)} s; 1% revision ${Math.round(revision.actionMs)} ms (${revision.pieces} pieces), visible after ${Math.round(revision.both)} ms`);
  const pages = [
    await measurePage(ctx, 'front', '/en', 'public'),
    await measurePage(ctx, 'series', `/en/${series}`, 'public'),
    await measurePage(ctx, 'sitemap', '/sitemap.xml', 'public'),
    await measurePage(ctx, 'article', '/en/global-ai-race/china-cost-revolution', 'public'),
    await measurePage(ctx, 'dashboard', '/admin', 'admin'),
  ];
  const front = (await request(`${ctx.origin}/en`)).body.toString();
  return {
    pieces,
    publishedPieces: publishedCount(ctx.databaseFile),
    seedSeconds,
    revision: { actionMs: revision.actionMs, piecesTouched: revision.pieces, freshMs: revision.both },
    pages,
    dbBytes: dbBytes(ctx.databaseFile),
    frontListsNewest: front.includes(`/bench-${pieces}"`),
  };
}
