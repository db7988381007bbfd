// The shape of bench/results.json: the machine, the commit, the settings and every figure.
import type { LighthouseRun } from './lighthouse';
import type { Summary } from './stats';
import type { PageWeight } from './weight';

export interface ThroughputRow {
  id: string;
  label: string;
  url: string;
  /** Requests per second, per round. */
  rounds: number[];
  rps: Summary;
  p50Ms: Summary;
  p99Ms: Summary;
  failures: number;
  ratioToAbout: Summary | null;
  ratioToNginx: Summary | null;
  /** Why a row has no figures (e.g. the deploy/ cache does not exist yet). */
  unavailable?: string;
}

export interface GrowthPage {
  id: string;
  path: string;
  /** Fresh render (draft-mode cookie, or the signed-in dashboard), ms at concurrency 1. */
  coldMs: Summary;
  /** The cached page, ms at concurrency 1 (dynamic pages: same as cold). */
  cachedMs: Summary | null;
  cachedRps: number | null;
  htmlBytes: number;
  htmlGzip: number;
  /** Set when the page could not be measured (e.g. "answered 500"). */
  error?: string;
}

/** The proxy's per-request work on cached pages at one archive size. */
export interface GrowthProxy {
  /** A synthetic article, warmed first, then requested one after another over a window spanning refreshes of the retired-paths table. */
  path: string;
  requests: number;
  cachedP50Ms: number;
  cachedP99Ms: number;
  /** The slowest request: one that found the table stale and waited for its reload. */
  cachedMaxMs: number;
  /** An old slug of a renamed synthetic piece: answered 301 by the proxy alone. */
  retiredPath: string;
  /** Entries in the retired-paths table (old slugs × locales). */
  retiredPaths: number;
  retiredP50Ms: number;
  retiredP99Ms: number;
  error?: string;
}

/** `next build` at one archive size, from a copy of the bench build's compiler cache. */
export interface GrowthBuild {
  seconds: number;
  pagesGenerated: number | null;
  warmCache: boolean;
  error?: string;
}

export interface GrowthStep {
  pieces: number;
  /** All published pieces, the seeded series' included. */
  publishedPieces: number;
  seedSeconds: number;
  revision: { actionMs: number; piecesTouched: number; freshMs: number };
  pages: GrowthPage[];
  proxy: GrowthProxy;
  build: GrowthBuild;
  dbBytes: number;
  frontListsNewest: boolean;
}

export interface BenchResults {
  version: 1;
  mode: 'full' | 'quick';
  startedAt: string;
  durationSeconds: number;
  machine: {
    cores: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    os: string;
    /** 1, 5 and 15 minute load averages when the run started and ended: above ~0.5 others were busy. */
    loadAverage: { start: number[]; end: number[] };
    otherNextServersAtStart: number;
  };
  commit: { hash: string; dirty: boolean };
  settings: { rounds: number; seconds: number; connections: number; acceptEncoding: string; renderBypass: string };
  throughput: ThroughputRow[];
  render: { cachedP50: Summary; cachedP99: Summary; freshP50: Summary; freshP99: Summary; p50Ratio: Summary };
  freshness: { figure: string; roundsMs: { zh: number; en: number; both: number; actionMs: number }[]; bothMs: Summary; actionMs: Summary; afterSaveMs: Summary };
  /** A new follow-up published: until its article answers in both locales, and until the series and front pages list it. */
  publish: { series: string; roundsMs: { actionMs: number; articleMs: number; listedMs: number }[]; actionMs: Summary; articleMs: Summary; listedMs: Summary };
  weight: Record<string, PageWeight>;
  lighthouse: Record<string, { runs: LighthouseRun[]; median: LighthouseRun }>;
  growth: GrowthStep[];
  notes: string[];
}
