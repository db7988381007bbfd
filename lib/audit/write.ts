// Appends to the audit log, inside the caller's transaction so the log and the change agree.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-in-throttled'
  | 'piece.create'
  | 'piece.save'
  | 'piece.publish'
  | 'piece.unpublish'
  | 'piece.schedule'
  | 'piece.restore'
  | 'piece.settings'
  | 'figure.revise'
  | 'figure.restore'
  | 'figure.create'
  | 'figure.edit'
  | 'figure.check'
  | 'user.create'
  | 'user.update'
  | 'user.disable'
  | 'user.password';

export interface AuditInput {
  action: AuditAction;
  actor?: { id: string; email: string } | null;
  target?: { type: string; id: string };
  summary?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

type Writer = Pick<Prisma.TransactionClient, 'auditEntry'>;

export async function writeAudit(tx: Writer, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      // Lower case, as accounts store it, so the actor filter (lib/audit/queries.ts) matches on
      // PostgreSQL too, where LIKE is case-sensitive (SQLite's is not).
      actorEmail: entry.actor?.email.toLowerCase() ?? null,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      summary: entry.summary ?? '',
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
    },
  });
}
