// Freshness: from an editor's save of a figure revision to the first reader response that
// shows the new value, in both locales.
import { performance } from 'node:perf_hooks';
import { figureValueIn, figureVersion, reviseFigure, type EditorSession } from './editor';
import { request } from './http';

export interface FreshnessRound {
  zh: number;
  en: number;
  both: number;
  actionMs: number;
  pieces: number;
}

/** Revises `key` to `value`, then polls both locales' page until each shows it (30 s at most). */
export async function reviseAndWatch(
  server: { origin: string; distDir: string; databaseFile: string },
  session: EditorSession,
  key: string,
  value: number,
  paths: { zh: string; en: string },
): Promise<FreshnessRound> {
  const expectedVersion = figureVersion(server.databaseFile, key);
  const t0 = performance.now();
  const revision = await reviseFigure(server.origin, server.distDir, session, { key, expectedVersion, value });
  const seen: { zh?: number; en?: number } = {};
  const until = t0 + 30_000;
  while ((seen.zh === undefined || seen.en === undefined) && performance.now() < until) {
    for (const locale of ['zh', 'en'] as const) {
      if (seen[locale] !== undefined) continue;
      const r = await request(server.origin + paths[locale], { headers: { 'accept-encoding': 'identity' } });
      if (r.status === 200 && figureValueIn(r.body.toString(), key) === String(value)) seen[locale] = performance.now() - t0;
    }
  }
  if (seen.zh === undefined || seen.en === undefined) throw new Error(`${key} = ${value} not visible on ${paths.zh} and ${paths.en} within 30 s`);
  return { zh: seen.zh, en: seen.en, both: Math.max(seen.zh, seen.en), actionMs: revision.ms, pieces: revision.pieces };
}
