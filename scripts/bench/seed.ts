// `npm run bench:seed -- --pieces N`: grows the synthetic archive in DATABASE_URL to N pieces.
import { growSyntheticArchive } from '@/lib/bench/synthetic-archive';

const i = process.argv.indexOf('--pieces');
const target = Number(i >= 0 ? process.argv[i + 1] : NaN);
if (!Number.isInteger(target) || target < 0 || target > 100_000) {
  console.error('usage: npm run bench:seed -- --pieces N   (0 ≤ N ≤ 100000)');
  process.exit(2);
}
// Synthetic series do not belong in the newsroom's own database.
const url = process.env.DATABASE_URL || 'file:./data/tandem.db';
if (url === 'file:./data/tandem.db' && !process.argv.includes('--force')) {
  console.error('bench:seed writes synthetic series: point DATABASE_URL at a benchmark database (e.g. file:./data/bench.db), or pass --force');
  process.exit(2);
}
const started = Date.now();
growSyntheticArchive(target, (line) => console.log(line)).then(
  (added) => {
    console.log(`synthetic archive: ${target} pieces (${added} added in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`bench:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
