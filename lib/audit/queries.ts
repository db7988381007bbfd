// Reading the audit log, newest first, with filters by action and actor.
import 'server-only';
import { db } from '@/lib/db';

export interface AuditFilter {
  action?: string;
  actor?: string;
  take?: number;
}

export async function listAudit(filter: AuditFilter = {}) {
  const rows = await db.auditEntry.findMany({
    where: {
      ...(filter.action ? { action: filter.action.endsWith('*') ? { startsWith: filter.action.slice(0, -1) } : filter.action } : {}),
      ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: Math.min(filter.take ?? 200, 500),
  });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, action: r.action, actorEmail: r.actorEmail, target: r.targetId, summary: r.summary, ip: r.ip }));
}
