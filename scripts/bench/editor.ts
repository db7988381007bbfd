// An editor's session, as the panel has one: sign in through next-auth's credentials
// callback (CSRF token first), then call the figure-revision Server Action the form calls.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { queryAt } from '../../e2e/helpers/sql';
import { collectCookies, cookieHeader, request } from './http';

export interface EditorSession {
  cookie: string;
}

export async function signIn(origin: string, email: string, password: string): Promise<EditorSession> {
  const jar = new Map<string, string>();
  const csrf = await request(`${origin}/api/auth/csrf`);
  collectCookies(jar, csrf.headers['set-cookie']);
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${origin}/admin` }).toString();
  const r = await request(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar), 'x-auth-return-redirect': '1' },
    body,
  });
  collectCookies(jar, r.headers['set-cookie']);
  if (![...jar.keys()].some((k) => k.endsWith('tandem.session'))) throw new Error(`sign-in failed (${r.status}): ${r.body.toString().slice(0, 200)}`);
  return { cookie: cookieHeader(jar) };
}

/** The id the build gave a Server Action, from its server reference manifest. */
export function actionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!hit) throw new Error(`no Server Action ${exportedName} in ${file}`);
  return hit[0];
}

/** The value the reader page shows for a figure, from its <data value> element. */
export function figureValueIn(html: string, key: string): string | null {
  for (const m of html.matchAll(/<data\b[^>]*>/g)) {
    if (!m[0].includes(`data-figure="${key}"`)) continue;
    const v = /\bvalue="([^"]*)"/.exec(m[0]);
    if (v) return v[1]!;
  }
  return null;
}

/** `database`: the bench server's SQLite file, or a postgresql:// URL. */
export function pieceVersion(database: string, id: string): number {
  return Number(queryAt<{ version: number }>(database, 'SELECT "version" FROM "Piece" WHERE "id" = ?', [id])[0]!.version);
}

export function figureVersion(database: string, key: string): number {
  return Number(queryAt<{ version: number }>(database, 'SELECT "version" FROM "Figure" WHERE "key" = ?', [key])[0]!.version);
}

export interface Revision {
  ms: number;
  pieces: number;
}

/** A Server Action's answer, as the admin forms read it. */
export interface ActionCall<T> {
  ms: number;
  data: T;
}

/**
 * Calls a Server Action the way its form does: a POST to the page that holds the form, with
 * the build's action id, the arguments as JSON and the editor's session.
 */
export async function callAction<T>(
  origin: string,
  distDir: string,
  session: EditorSession,
  action: { file: string; name: string; page: string },
  payload: unknown,
): Promise<ActionCall<T>> {
  const r = await request(`${origin}${action.page}`, {
    method: 'POST',
    headers: {
      'next-action': actionId(distDir, action.file, action.name),
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      origin,
      cookie: session.cookie,
    },
    body: JSON.stringify([payload]),
  });
  const text = r.body.toString();
  const line = text.split('\n').find((l) => l.includes('"ok":'));
  const result = line ? (JSON.parse(line.slice(line.indexOf(':') + 1)) as { ok: boolean; message?: string; data?: T }) : null;
  if (r.status !== 200 || !result?.ok) throw new Error(`${action.name} refused (${r.status}): ${result?.message ?? text.slice(0, 300)}`);
  return { ms: r.ms, data: result.data as T };
}

export interface Revision {
  ms: number;
  pieces: number;
}

/** One figure revision through the Server Action, as the admin form sends it. */
export async function reviseFigure(origin: string, distDir: string, session: EditorSession, input: { key: string; expectedVersion: number; value: number }): Promise<Revision> {
  const payload = { ...input, valueHigh: null, reasonZhHK: '基準測試修訂數字', reasonEn: 'Benchmark revision of the figure' };
  const r = await callAction<{ pieces: unknown[] }>(
    origin,
    distDir,
    session,
    { file: 'app/admin/actions/figures.ts', name: 'reviseFigureAction', page: `/admin/figures/${input.key}` },
    payload,
  );
  return { ms: r.ms, pieces: r.data?.pieces.length ?? 0 };
}
