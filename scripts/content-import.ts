// npm run content:import -- FILE
// Restores a content:export file into the EMPTY database at DATABASE_URL (run db:migrate on
// it first). A damaged, foreign or newer file, or a database that already holds content, is
// refused with the reason, and nothing is written.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ImportRefused, importContent, parseContentFile } from '../lib/backup/import';
import { db } from '../lib/db';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });

async function main(): Promise<string> {
  const [file, ...rest] = positionals;
  if (!file || rest.length) throw new ImportRefused('Give exactly one file: npm run content:import -- backup.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ImportRefused(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const content = parseContentFile(text);
  const { counts, disabledUsers } = await importContent(db, content);
  const lines = [
    `Imported ${file}: ${Object.entries(counts)
      .map(([name, n]) => `${n} ${name}`)
      .join(', ')}.`,
  ];
  if (disabledUsers.length) {
    lines.push(
      `${disabledUsers.length} account(s) came without a password (the export was made without --include-secrets) and are disabled until given one:`,
      ...disabledUsers.map((email) => `  ${email}: npm run user:create -- --email ${email} --reset-password, then --enable`),
    );
  }
  return lines.join('\n');
}

main().then(
  (message) => {
    console.log(message);
    process.exit(0);
  },
  (error: unknown) => {
    const prefix = error instanceof ImportRefused ? 'content:import refused, nothing was written' : 'content:import failed, nothing was written';
    console.error(`${prefix}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
