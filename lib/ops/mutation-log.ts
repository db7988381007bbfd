// One log line per change an editor (or the scheduler) asked for, whatever came of it, so an
// operator can answer "who changed what, and did it work" from the logs alone.
import { log, type LogFields } from './log';

/** ok: done. refused: not allowed, or not possible as asked (conflict, not found). invalid: bad input. error: our fault. */
export type MutationOutcome = 'ok' | 'refused' | 'invalid' | 'error';

export interface MutationRecord {
  requestId: string;
  userId: string | null;
  action: string;
  outcome: MutationOutcome;
  /** Why it was not ok, in the caller's words (an ActionError code, a status). */
  reason?: string;
  ms?: number;
}

export function logMutation(record: MutationRecord, extra: LogFields = {}): void {
  const fields = { ...extra, ...record };
  if (record.outcome === 'error') log.error('mutation', fields);
  else if (record.outcome === 'ok') log.info('mutation', fields);
  else log.warn('mutation', fields);
}

/** Milliseconds since `start` (performance.now()), rounded, for the ms field. */
export function elapsed(start: number): number {
  return Math.round(performance.now() - start);
}
