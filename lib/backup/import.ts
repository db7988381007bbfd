// `npm run content:import`: restores a content export into an EMPTY database (SQLite or
// PostgreSQL alike: it goes through Prisma only). The file is checked completely first
// (JSON, format, version, every field, every reference); then everything is written in one
// transaction, so a refused or failed import leaves the database as it was.
import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { delegate } from './export';
import { contentFileSchema, FORMAT, headerSchema, isDateColumn, keyOf, TABLES, VERSION, type ContentFile, type Row } from './format';

/** Why a file or a target database was refused; the message is meant for the operator. */
export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/**
 * What users who came without a password hash get: a value no password verifies against
 * (not an argon2 hash), and a disabled account, until an admin sets a password.
 */
export const UNUSABLE_PASSWORD_HASH = '!imported-without-password';

const CHUNK = 500;
const MAX_PROBLEMS = 10;

export interface ImportSummary {
  counts: Record<string, number>;
  /** Emails of accounts imported without a password, now disabled. */
  disabledUsers: string[];
}

function problemList(problems: string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS).map((p) => `  - ${p}`);
  if (problems.length > MAX_PROBLEMS) shown.push(`  - … and ${problems.length - MAX_PROBLEMS} more`);
  return shown.join('\n');
}

/** Parses and checks a file's text; throws ImportRefused saying what is wrong with it. */
export function parseContentFile(text: string): ContentFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportRefused(`The file is damaged: it is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const header = headerSchema.safeParse(json);
  if (!header.success || header.data.format !== FORMAT) {
    throw new ImportRefused(`The file is not a Tandem content export (expected "format": "${FORMAT}").`);
  }
  const { version } = header.data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportRefused('The file is damaged: its "version" is not a format version.');
  }
  if (version > VERSION) {
    throw new ImportRefused(`The file was written by a newer Tandem (format version ${version}); this one reads version ${VERSION}. Upgrade Tandem, then import.`);
  }
  const includesSecrets = (json as { includesSecrets?: unknown }).includesSecrets === true;
  const parsed = contentFileSchema(includesSecrets).safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new ImportRefused(`The file is damaged:\n${problemList(problems)}`);
  }
  const content = parsed.data as ContentFile;
  const problems = [...duplicateKeys(content), ...brokenReferences(content)];
  if (problems.length) throw new ImportRefused(`The file is damaged:\n${problemList(problems)}`);
  return content;
}

function duplicateKeys(content: ContentFile): string[] {
  const problems: string[] = [];
  for (const table of TABLES) {
    const seen = new Set<string>();
    for (const row of content.tables[table.name]!) {
      const key = keyOf(row, table.key);
      if (seen.has(key)) problems.push(`${table.name}: ${table.key.join('+')} ${key} appears twice`);
      seen.add(key);
    }
  }
  return problems;
}

function brokenReferences(content: ContentFile): string[] {
  const ids = new Map(TABLES.map((t) => [t.name, new Set(content.tables[t.name]!.map((r) => r.id))]));
  const problems: string[] = [];
  for (const table of TABLES) {
    for (const [column, target] of Object.entries(table.refs ?? {})) {
      const known = ids.get(target)!;
      for (const row of content.tables[table.name]!) {
        const value = row[column];
        if (value !== null && !known.has(value)) problems.push(`${table.name} ${keyOf(row, table.key)}: ${column} ${JSON.stringify(value)} names no row of ${target}`);
      }
    }
  }
  return problems;
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
type Table = { count: () => Promise<number>; createMany: (args: { data: Record<string, unknown>[] }) => Promise<{ count: number }> };

async function assertEmpty(tx: Tx): Promise<void> {
  const found: string[] = [];
  for (const table of TABLES) {
    const n = await delegate<Table>(tx, table.model).count();
    if (n > 0) found.push(`${n} ${table.name}`);
  }
  if (found.length) {
    throw new ImportRefused(
      `The target database is not empty (${found.join(', ')}). content:import restores into an empty database only: ` +
        'point DATABASE_URL at a new database, run npm run db:migrate, then import.',
    );
  }
}

function toRecord(table: (typeof TABLES)[number], row: Row, disabledUsers: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, kind] of Object.entries(table.columns)) {
    const value = row[column];
    out[column] = isDateColumn(kind) && typeof value === 'string' ? new Date(value) : value;
  }
  if (table.name === 'users' && row.passwordHash === undefined) {
    out.passwordHash = UNUSABLE_PASSWORD_HASH;
    out.disabled = true;
    disabledUsers.push(String(row.email));
  }
  return out;
}

/** Writes a checked file into an empty database, all or nothing. */
export async function importContent(client: PrismaClient, content: ContentFile): Promise<ImportSummary> {
  const disabledUsers: string[] = [];
  const counts: Record<string, number> = {};
  await client.$transaction(
    async (tx) => {
      // Checked inside the transaction, so nothing can be written between the check and the import.
      await assertEmpty(tx);
      for (const table of TABLES) {
        const rows = content.tables[table.name]!.map((r) => toRecord(table, r, disabledUsers));
        for (let i = 0; i < rows.length; i += CHUNK) await delegate<Table>(tx, table.model).createMany({ data: rows.slice(i, i + CHUNK) });
        counts[table.name] = rows.length;
      }
      // `db:migrate` may already have recorded data migrations on the new database; the
      // content's own list says which ones its rows have been through, so none runs twice.
      const done = new Set((await tx.dataMigration.findMany({ select: { name: true } })).map((m) => m.name));
      const missing = content.dataMigrations.filter((name) => !done.has(name));
      if (missing.length) await tx.dataMigration.createMany({ data: missing.map((name) => ({ name })) });
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  return { counts, disabledUsers };
}
