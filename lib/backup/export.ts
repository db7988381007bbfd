// `npm run content:export`: every content table as one versioned JSON file. The same content
// gives the same bytes: rows sorted by key in code (not by the database's collation), columns
// in the order lib/backup/format.ts lists them, dates as ISO strings, and no export time inside.
import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { compareByKey, FORMAT, SECRET_COLUMNS, TABLES, VERSION, type ContentFile, type Row } from './format';

export interface ExportOptions {
  /** Include users' password hashes; without it they are left out and import disables those accounts. */
  includeSecrets?: boolean;
}

type Reader = { findMany: () => Promise<Record<string, unknown>[]> };

export function delegate<T>(client: PrismaClient | object, model: string): T {
  return (client as unknown as Record<string, T>)[model]!;
}

function plain(value: unknown): string | number | boolean | null {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`Unexpected value of type ${typeof value} in the database`);
}

/** The content of the database as the file's data structure. */
export async function readContent(client: PrismaClient, { includeSecrets = false }: ExportOptions = {}): Promise<ContentFile> {
  // One read transaction, so a save during the export cannot leave a revision without its piece.
  return client.$transaction(
    async (tx) => {
      const tables: Record<string, Row[]> = {};
      for (const table of TABLES) {
        const omitted = includeSecrets ? [] : (SECRET_COLUMNS[table.name] ?? []);
        const columns = Object.keys(table.columns).filter((c) => !omitted.includes(c));
        const rows = await delegate<Reader>(tx, table.model).findMany();
        tables[table.name] = rows.map((r) => Object.fromEntries(columns.map((c) => [c, plain(r[c])])) as Row).sort(compareByKey(table.key));
      }
      const migrations = await tx.dataMigration.findMany({ select: { name: true } });
      const dataMigrations = migrations.map((m) => m.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return { format: FORMAT, version: VERSION, includesSecrets: includeSecrets, tables, dataMigrations } satisfies ContentFile;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

/** The file's text: the same content always gives the same bytes. */
export function serializeContent(content: ContentFile): string {
  return `${JSON.stringify(content, null, 1)}\n`;
}

export async function exportContent(client: PrismaClient, options: ExportOptions = {}): Promise<{ text: string; counts: Record<string, number> }> {
  const content = await readContent(client, options);
  return { text: serializeContent(content), counts: Object.fromEntries(Object.entries(content.tables).map(([name, rows]) => [name, rows.length])) };
}
