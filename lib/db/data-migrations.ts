// Data migrations: changes to stored content that SQL alone cannot make (JSON snapshots),
// run by `npm run db:migrate` after the SQL migrations, each once, recorded in DataMigration.
import 'server-only';
import { db } from '@/lib/db';
import { backfillPiece } from '@/lib/pieces/backfill-block-ids';
import { CORRECTIONS_2026_12 } from './corrections/2026-12-english-provenance';
import { applyCorrections } from './corrections/apply';
import { writeTranslationStatus } from '@/lib/pieces/materialize';
import { parseSnapshot } from '@/lib/pieces/snapshot';

interface DataMigration {
  name: string;
  /** Runs in batches of its own transactions; must be safe to run again after a crash. */
  run: () => Promise<string>;
}

const MIGRATIONS: DataMigration[] = [
  {
    name: '20261202_lasting_block_ids',
    run: async () => {
      const pieces = await db.piece.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
      let revisions = 0;
      for (const p of pieces) revisions += await db.$transaction((tx) => backfillPiece(tx, p.id));
      return `${revisions} revision(s) of ${pieces.length} piece(s) given block ids`;
    },
  },
  {
    name: '20261202_translation_status',
    run: async () => {
      const pieces = await db.piece.findMany({ select: { id: true, version: true }, orderBy: { id: 'asc' } });
      for (const p of pieces) {
        const rev = await db.pieceRevision.findUnique({ where: { pieceId_version: { pieceId: p.id, version: p.version } }, select: { snapshot: true } });
        if (rev) await db.$transaction((tx) => writeTranslationStatus(tx, p.id, parseSnapshot(rev.snapshot)));
      }
      return `translation status of ${pieces.length} piece(s) counted`;
    },
  },
  {
    // The seeded English edition and figure records, corrected where a database still holds
    // exactly what the old seed wrote (an editor's change is left alone).
    name: '20261202_english_edition_and_figure_provenance',
    run: () => applyCorrections(CORRECTIONS_2026_12),
  },
];

/** Runs the data migrations not yet recorded; returns a line for each one run. */
export async function runDataMigrations(): Promise<string[]> {
  const done = new Set((await db.dataMigration.findMany({ select: { name: true } })).map((m) => m.name));
  const out: string[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.name)) continue;
    const summary = await m.run();
    await db.dataMigration.create({ data: { name: m.name } });
    out.push(`${m.name}: ${summary}`);
  }
  return out;
}
