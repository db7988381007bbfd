// Reading the audit log, newest first, a page at a time, with filters by action and actor, and
// with names (not ids) of who acted and of what changed.
import 'server-only';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { targetHref, type AuditEntryView, type AuditTarget } from './sentences';

export const AUDIT_PAGE_SIZE = 50;

/** The audit page's query: unknown or malformed values fall back to the defaults. */
export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  action: z.string().max(40).optional().catch(undefined),
  actor: z.string().max(200).optional().catch(undefined),
});

export interface AuditFilter {
  action?: string;
  actor?: string;
  take?: number;
}

const whereOf = (filter: AuditFilter) => ({
  ...(filter.action ? { action: filter.action.endsWith('*') ? { startsWith: filter.action.slice(0, -1) } : filter.action } : {}),
  ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
});

export async function listAudit(filter: AuditFilter = {}) {
  const rows = await db.auditEntry.findMany({ where: whereOf(filter), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: Math.min(filter.take ?? 200, 500) });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, action: r.action, actorEmail: r.actorEmail, target: r.targetId, summary: r.summary, ip: r.ip }));
}

export interface AuditPage {
  entries: AuditEntryView[];
  page: number;
  hasOlder: boolean;
  hasNewer: boolean;
}

/** One page of entries (AUDIT_PAGE_SIZE), newest first, readable: names for actors and targets, in `locale`. */
export async function auditPage(filter: Omit<AuditFilter, 'take'> & { page: number }, locale: Locale): Promise<AuditPage> {
  const page = Math.max(1, Math.floor(filter.page));
  const rows = await db.auditEntry.findMany({
    where: whereOf(filter),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  });
  const shown = rows.slice(0, AUDIT_PAGE_SIZE);
  const labels = await targetLabels(shown, locale);
  const actorIds = [...new Set(shown.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    page,
    hasNewer: page > 1,
    hasOlder: rows.length > AUDIT_PAGE_SIZE,
    entries: shown.map((r) => {
      const target: AuditTarget | null =
        r.targetType && r.targetId
          ? { type: r.targetType, id: r.targetId, label: labels.get(`${r.targetType}:${r.targetId}`) ?? r.targetId, href: targetHref(r.targetType, r.targetId) }
          : null;
      return {
        id: r.id,
        createdAt: r.createdAt,
        action: r.action,
        actorName: (r.actorId && actors.get(r.actorId)) || null,
        actorEmail: r.actorEmail,
        target,
        summary: r.summary,
        ip: r.ip,
      };
    }),
  };
}

type Row = { targetType: string | null; targetId: string | null };

/** "type:id" → a readable name, for the targets on one page (a removed one keeps its id). */
async function targetLabels(rows: Row[], locale: Locale): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && r.targetId).map((r) => r.targetId!))];
  const pick = <T extends { locale: string }>(texts: T[]) => texts.find((x) => x.locale === locale) ?? texts[0];
  const [pieces, figures, charts, users] = await Promise.all([
    db.piece.findMany({ where: { id: { in: ids('piece') } }, select: { id: true, slug: true, texts: { select: { locale: true, title: true } } } }),
    db.figure.findMany({ where: { key: { in: ids('figure') } }, select: { key: true, texts: { select: { locale: true, label: true } } } }),
    db.chart.findMany({ where: { key: { in: ids('chart') } }, select: { key: true, texts: { select: { locale: true, title: true } } } }),
    db.user.findMany({ where: { email: { in: ids('user') } }, select: { email: true, name: true } }),
  ]);
  const out = new Map<string, string>();
  for (const p of pieces) {
    const own = p.texts.find((x) => x.locale === locale && x.title.trim());
    out.set(`piece:${p.id}`, (own ?? p.texts.find((x) => x.title.trim()))?.title ?? p.slug);
  }
  for (const f of figures) out.set(`figure:${f.key}`, pick(f.texts)?.label || f.key);
  for (const c of charts) out.set(`chart:${c.key}`, pick(c.texts)?.title || c.key);
  for (const u of users) out.set(`user:${u.email}`, u.name || u.email);
  return out;
}
