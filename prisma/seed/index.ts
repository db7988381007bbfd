// `npm run db:seed`: the Global AI Race series, its feature, editorial and follow-up draft,
// and every figure they use. Idempotent: what exists is left as editors made it.
import { createFigureIfMissing } from '@/lib/figures/mutations';
import { createPiece } from '@/lib/pieces/mutations';
import { pieceExists } from '@/lib/pieces/queries';
import { createSeriesIfMissing } from '@/lib/series/mutations';
import { editorial } from './content/editorial';
import { feature } from './content/feature';
import { figures } from './content/figures';
import { followUp } from './content/follow-up';
import { series } from './content/series';
import { charts } from './content/charts';
import { createChartIfMissing } from '@/lib/charts/mutations';
import { figureInput, pieceInput, withCharts } from './to-input';

export async function seed(log: (line: string) => void = console.log): Promise<void> {
  let created = 0;
  for (const f of figures) if (await createFigureIfMissing(figureInput(f))) created++;
  log(`Figures: ${created} created, ${figures.length - created} already there`);
  let chartsCreated = 0;
  for (const { after: _after, ...chart } of charts) if (await createChartIfMissing(chart)) chartsCreated++;
  log(`Charts: ${chartsCreated} created, ${charts.length - chartsCreated} already there`);
  log(`Series ${series.slug}: ${(await createSeriesIfMissing(series)) ? 'created' : 'already there'}`);
  for (const piece of [{ ...feature, blocks: withCharts(feature.blocks, charts) }, editorial, followUp]) {
    if (await pieceExists(series.slug, piece.slug)) {
      log(`Piece ${piece.slug}: already there`);
      continue;
    }
    await createPiece(pieceInput(series.slug, piece));
    log(`Piece ${piece.slug}: created (${piece.blocks.length} blocks, ${piece.status})`);
  }
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  seed().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
