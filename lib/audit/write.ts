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
  | 'piece.lead-image'
  | 'media.upload'
  | 'media.describe'
  | 'chart.create'
  | 'chart.update'
  | 'chart.delete'
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

/** Autosaves are frequent: one piece.save entry per editor per piece within this window, its time moved on. */
export const SAVE_COALESCE_MS = 10 * 60 * 1000;

/**
 * Records a save of `pieceId` as version `version`: a new entry, or, when the same editor
 * saved the same piece within SAVE_COALESCE_MS, that entry updated to this save (time,
 * version range). Inside the save's transaction.
 */
export async function recordPieceSave(tx: Writer, editor: { id: string; email: string }, pieceId: string, version: number, now = new Date()): Promise<void> {
  const recent = await tx.auditEntry.findFirst({
    where: { action: 'piece.save', actorId: editor.id, targetType: 'piece', targetId: pieceId, createdAt: { gte: new Date(now.getTime() - SAVE_COALESCE_MS) } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, details: true },
  });
  if (!recent) {
    await writeAudit(tx, {
      action: 'piece.save',
      actor: editor,
      target: { type: 'piece', id: pieceId },
      summary: `v${version}`,
      details: { fromVersion: version, toVersion: version, saves: 1 },
    });
    return;
  }
  const before = readDetails(recent.details);
  const fromVersion = typeof before.fromVersion === 'number' ? before.fromVersion : version;
  const saves = (typeof before.saves === 'number' ? before.saves : 1) + 1;
  await tx.auditEntry.update({
    where: { id: recent.id },
    data: { createdAt: now, summary: fromVersion === version ? `v${version}` : `v${fromVersion}–v${version}`, details: JSON.stringify({ fromVersion, toVersion: version, saves }) },
  });
}

/** An entry's details; anything unreadable counts as none. */
export function readDetails(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
