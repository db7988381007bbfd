// What a failed write says about the database, read the same way on both providers.
// With driver adapters Prisma leaves P2002's `meta.target` unset: the constraint arrives as
// its columns from SQLite ({ fields: ['seriesId', 'slug'] }) and as its index name from
// PostgreSQL ({ index: 'Piece_seriesId_slug_key' }).
import { Prisma } from '@/lib/generated/prisma/client';

interface UniqueViolation {
  table: string;
  /** The violated constraint's columns (SQLite) or index name (PostgreSQL), as one string. */
  constraint: string;
}

/** The unique constraint a write violated, or null when `error` is not a unique violation. */
export function uniqueViolation(error: unknown): UniqueViolation | null {
  // Both generated clients share @prisma/client's runtime, so this class is theirs too.
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const meta = (error.meta ?? {}) as {
    target?: unknown;
    modelName?: string;
    driverAdapterError?: { cause?: { table?: string; constraint?: { fields?: string[]; index?: string } } };
  };
  const cause = meta.driverAdapterError?.cause;
  const constraint = cause?.constraint?.fields?.join(',') ?? cause?.constraint?.index ?? (meta.target === undefined ? '' : String(meta.target));
  return { table: cause?.table ?? meta.modelName ?? '', constraint };
}
