// Every Server Action and every mutating Route Handler checks the session itself: called
// with no session, each is refused and nothing in the database changes. The lists are
// read from the files, so a new action or route is covered without editing this test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

const ACTIONS_DIR = 'app/admin/actions';

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === 'route.ts' ? [p] : [];
  });
}

async function snapshot() {
  const { db } = await import('@/lib/db');
  const [pieces, figures, revisions, users, audit] = await Promise.all([
    db.piece.findMany({ orderBy: { id: 'asc' } }),
    db.figure.findMany({ orderBy: { id: 'asc' } }),
    db.pieceRevision.count(),
    db.user.findMany({ orderBy: { id: 'asc' } }),
    db.auditEntry.count(),
  ]);
  return JSON.stringify({ pieces, figures, revisions, users, audit });
}

withSeededDatabase();

describe('Server Actions without a session', () => {
  const files = readdirSync(ACTIONS_DIR).filter((f) => f.endsWith('.ts'));

  it('are all in files marked "use server"', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(path.join(ACTIONS_DIR, f), 'utf8')).toMatch(/^'use server';/);
  });

  it('every exported action answers "unauthenticated" and changes nothing', async () => {
    const before = await snapshot();
    const { db } = await import('@/lib/db');
    const piece = await db.piece.findFirstOrThrow({ select: { id: true } });
    const plausible = {
      pieceId: piece.id,
      key: 'deepseek-r1-input-price',
      expectedVersion: 1,
      value: 9,
      reasonZhHK: '測試原因',
      reasonEn: 'test reason',
      email: 'x@example.org',
      uiLocale: 'en',
      disabled: true,
    };
    let count = 0;
    for (const f of files) {
      const mod = (await import(`@/${ACTIONS_DIR}/${f.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn !== 'function') continue;
        count++;
        const result = (await (fn as (x: unknown) => Promise<unknown>)(plausible)) as { ok: boolean; error?: string };
        expect(result, `${f}#${name}`).toMatchObject({ ok: false, error: 'unauthenticated' });
      }
    }
    expect(count).toBeGreaterThanOrEqual(12);
    expect(await snapshot()).toBe(before);
  });
});

describe('Route Handlers without a session', () => {
  const files = routeFiles('app').filter((f) => !f.includes('[...nextauth]'));

  it('every handler that reads unpublished content or changes data refuses with 401 or 403', async () => {
    const before = await snapshot();
    const { db } = await import('@/lib/db');
    const piece = await db.piece.findFirstOrThrow({ where: { status: 'draft' }, select: { id: true } });
    let guarded = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const methods = (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).filter((m) => new RegExp(`export (async )?function ${m}\\b|export \\{[^}]*\\b${m}\\b`).test(source));
      // GET counts when it can show unpublished content (draft mode, a signed-in check).
      const guardedMethods = methods.filter((m) => m !== 'GET' || /requireUser|draftMode\(\)\)\.enable/.test(source));
      if (!guardedMethods.length) continue;
      const mod = (await import(`@/${file.replace(/\.ts$/, '')}`)) as Record<string, (r: Request) => Promise<Response>>;
      const { NextRequest } = await import('next/server');
      for (const method of guardedMethods) {
        const request = new NextRequest(`http://localhost/api/x?piece=${piece.id}&locale=en`, { method, headers: { 'x-scheduler-token': 'guess' } });
        const response = await mod[method]!(request);
        expect([401, 403], `${method} ${file}`).toContain(response.status);
        guarded++;
      }
    }
    expect(guarded).toBeGreaterThanOrEqual(2);
    expect(await snapshot()).toBe(before);
  });
});
