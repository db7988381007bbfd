// Who may read which pieces. Readers see only pieces that are published and due.
import 'server-only';
import { z } from 'zod';

export const PIECE_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type PieceStatus = (typeof PIECE_STATUSES)[number];

export const PIECE_KINDS = ['feature', 'editorial', 'follow-up'] as const;
export type PieceKind = (typeof PIECE_KINDS)[number];

const kindSchema = z.enum(PIECE_KINDS);
const statusSchema = z.enum(PIECE_STATUSES);
/** Stored kinds and statuses are parsed at the mappers, never cast: an unknown value fails here. */
export const parsePieceKind = (value: string): PieceKind => kindSchema.parse(value);
export const parsePieceStatus = (value: string): PieceStatus => statusSchema.parse(value);

/**
 * Prisma filter for pieces a member of the public may read now. A scheduled piece counts
 * from its time, so it goes live on time even before the scheduler marks it published.
 */
export function readerVisiblePieceWhere(now: Date = new Date()) {
  return { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: now } };
}
