// "Checked against source": an editor confirms a figure still matches its source, which
// clears "needs checking" for a year. Who and when are kept on the figure and in the audit log.
import 'server-only';
import { writeAudit } from '@/lib/audit/write';
import { db } from '@/lib/db';
import { FigureNotFoundError } from './meta';
import type { Editor } from './revise';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Due a check: the figure's date and its last confirmation (if any) are both over a year old. */
export function needsChecking(figure: { asOf: Date; checkedAt: Date | null }, now: Date): boolean {
  const latest = Math.max(figure.asOf.getTime(), figure.checkedAt?.getTime() ?? 0);
  return now.getTime() - latest > YEAR_MS;
}

/** Records the confirmation. Readers see nothing of it, so no reader cache is expired. */
export async function confirmFigureChecked(key: string, editor: Editor, ip?: string | null, now = new Date()): Promise<{ checkedAt: Date; tags: string[] }> {
  await db.$transaction(async (tx) => {
    const updated = await tx.figure.updateMany({ where: { key }, data: { checkedAt: now, checkedById: editor.id, checkedByName: editor.name } });
    if (updated.count === 0) throw new FigureNotFoundError(key);
    await writeAudit(tx, { action: 'figure.check', actor: editor, target: { type: 'figure', id: key }, summary: `${key}: checked against source`, ip });
  });
  return { checkedAt: now, tags: [] };
}
