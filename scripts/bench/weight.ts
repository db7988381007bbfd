// Page weight: the HTML and the client JavaScript a page makes the browser download, gzipped.
import { gzipSync } from 'node:zlib';
import { request } from './http';

/** Same-origin script URLs a page loads: <script src> and script preloads, in order, once each. */
export function scriptUrls(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.add(decode(m[1]!));
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\bas="script"/.test(tag) && !/\brel="modulepreload"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag);
    if (href) out.add(decode(href[1]!));
  }
  return [...out].filter((u) => u.startsWith('/'));
}

function decode(attr: string): string {
  return attr.replace(/&amp;/g, '&');
}

export const gzipBytes = (b: Buffer | string) => gzipSync(b, { level: 6 }).length;

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  jsFiles: string[];
  jsGzip: number;
  /** Gzipped JavaScript in files the framework floor page does not load. */
  jsBeyondFloorGzip: number;
  jsBeyondFloorFiles: { file: string; gzip: number }[];
}

export async function measureWeights(origin: string, pages: { id: string; path: string; status?: number }[], floorId: string): Promise<Record<string, PageWeight>> {
  const jsCache = new Map<string, number>();
  const jsSize = async (url: string) => {
    if (!jsCache.has(url)) {
      const r = await request(origin + url, { headers: { 'accept-encoding': 'identity' } });
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      jsCache.set(url, gzipBytes(r.body));
    }
    return jsCache.get(url)!;
  };
  const raw: Record<string, Omit<PageWeight, 'jsBeyondFloorGzip' | 'jsBeyondFloorFiles'>> = {};
  for (const p of pages) {
    const r = await request(origin + p.path, { headers: { 'accept-encoding': 'identity' } });
    if (r.status !== (p.status ?? 200)) throw new Error(`${p.path} answered ${r.status}`);
    const html = r.body.toString('utf8');
    const jsFiles = scriptUrls(html);
    let jsGzip = 0;
    for (const f of jsFiles) jsGzip += await jsSize(f);
    raw[p.id] = { path: p.path, htmlBytes: r.body.length, htmlGzip: gzipBytes(r.body), jsFiles, jsGzip };
  }
  const floor = new Set(raw[floorId]?.jsFiles ?? []);
  const out: Record<string, PageWeight> = {};
  for (const [id, w] of Object.entries(raw)) {
    const beyond = w.jsFiles.filter((f) => !floor.has(f)).map((file) => ({ file, gzip: jsCache.get(file)! }));
    out[id] = { ...w, jsBeyondFloorGzip: beyond.reduce((sum, f) => sum + f.gzip, 0), jsBeyondFloorFiles: beyond };
  }
  return out;
}
