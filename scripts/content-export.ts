// npm run content:export -- --out FILE [--include-secrets]
// Writes every series, piece, block, figure, chart, revision, redirect, user and audit entry
// of DATABASE_URL to FILE (format tandem-content, version 1). Users' password hashes are
// left out unless --include-secrets is given; such a file must then be kept like a secret.
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportContent } from '../lib/backup/export';
import { db } from '../lib/db';

const { values } = parseArgs({ options: { out: { type: 'string' }, 'include-secrets': { type: 'boolean', default: false } } });

async function main(): Promise<string> {
  if (!values.out) throw new Error('--out FILE is required (for example: npm run content:export -- --out backup.json)');
  const includeSecrets = values['include-secrets'];
  const { text, counts } = await exportContent(db, { includeSecrets });
  // Written beside the target and renamed, so a crash never leaves half a backup under its name.
  const partial = `${values.out}.partial`;
  writeFileSync(partial, text, { mode: includeSecrets ? 0o600 : 0o644 });
  renameSync(partial, values.out);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const summary = Object.entries(counts)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  return [
    `Exported to ${values.out} at ${new Date().toISOString()}: ${summary}.`,
    includeSecrets ? 'It includes password hashes: keep it as safe as the database.' : 'Password hashes are not included (use --include-secrets to keep them).',
    `sha256 ${sha256}`,
  ].join('\n');
}

main().then(
  (message) => {
    console.log(message);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`content:export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
