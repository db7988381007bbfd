// The content export file, version 1: what it holds, in which order, and the zod schema
// that a file must pass before anything is written. One table list drives export, import
// and validation, so a column cannot be exported and then forgotten on import.
import { z } from 'zod';

export const FORMAT = 'tandem-content';
export const VERSION = 1;

type Kind = 'string' | 'int' | 'float' | 'bool' | 'date';
/** A column kind; a trailing '?' means it may be null. */
type Column = Kind | `${Kind}?`;

export interface TableSpec {
  /** Key in the file's `tables`. */
  name: string;
  /** Prisma model delegate. */
  model: string;
  columns: Record<string, Column>;
  /** The primary key (or natural key): rows are sorted by it, and it must be unique. */
  key: string[];
  /** column → table whose `id` it must name (null allowed where the column is nullable). */
  refs?: Record<string, string>;
  /** Columns added after version 1 files were first written: a file without them reads as this value. */
  defaults?: Record<string, string>;
}

/**
 * Every table that carries content, in the order an import inserts them (each after the
 * tables it refers to). LoginAttempt is left out on purpose: it is throttling state, not
 * content, and restoring old attempts would only lock people out.
 */
export const TABLES: readonly TableSpec[] = [
  { name: 'series', model: 'series', key: ['id'], columns: { id: 'string', slug: 'string', createdAt: 'date', updatedAt: 'date' } },
  {
    name: 'seriesTexts',
    model: 'seriesText',
    key: ['id'],
    columns: { id: 'string', seriesId: 'string', locale: 'string', title: 'string', description: 'string' },
    refs: { seriesId: 'series' },
  },
  {
    name: 'figures',
    model: 'figure',
    key: ['id'],
    columns: {
      id: 'string',
      key: 'string',
      kind: 'string',
      currency: 'string?',
      value: 'float',
      valueHigh: 'float?',
      sourceUrl: 'string?',
      asOf: 'date',
      createdAt: 'date',
      updatedAt: 'date',
      version: 'int',
      formula: 'string?',
      checkedAt: 'date?',
      checkedById: 'string?',
      checkedByName: 'string?',
    },
  },
  {
    name: 'figureTexts',
    model: 'figureText',
    key: ['id'],
    columns: { id: 'string', figureId: 'string', locale: 'string', label: 'string', sourceName: 'string', note: 'string' },
    refs: { figureId: 'figures' },
    defaults: { note: '' },
  },
  {
    name: 'figureRevisions',
    model: 'figureRevision',
    key: ['id'],
    columns: {
      id: 'string',
      figureId: 'string',
      oldValue: 'float',
      oldValueHigh: 'float?',
      newValue: 'float',
      newValueHigh: 'float?',
      reasonZhHK: 'string',
      reasonEn: 'string',
      editorId: 'string?',
      editorName: 'string',
      createdAt: 'date',
    },
    refs: { figureId: 'figures' },
  },
  {
    name: 'figureChanges',
    model: 'figureChange',
    key: ['id'],
    columns: { id: 'string', figureId: 'string', field: 'string', oldValue: 'string', newValue: 'string', editorId: 'string?', editorName: 'string', createdAt: 'date' },
    refs: { figureId: 'figures' },
  },
  {
    name: 'charts',
    model: 'chart',
    key: ['id'],
    columns: { id: 'string', key: 'string', kind: 'string', labels: 'string', version: 'int', createdAt: 'date', updatedAt: 'date' },
  },
  {
    name: 'chartTexts',
    model: 'chartText',
    key: ['id'],
    columns: { id: 'string', chartId: 'string', locale: 'string', title: 'string', subtitle: 'string', axis: 'string', notes: 'string' },
    refs: { chartId: 'charts' },
  },
  {
    name: 'chartFigures',
    model: 'chartFigure',
    key: ['chartId', 'figureId'],
    columns: { chartId: 'string', figureId: 'string', position: 'int', category: 'string', series: 'string' },
    refs: { chartId: 'charts', figureId: 'figures' },
  },
  // Photos' metadata; their bytes (MediaBlob, or files under MEDIA_DIR) are not in the file:
  // they can be large, and are backed up with the media store itself.
  {
    name: 'mediaAssets',
    model: 'mediaAsset',
    key: ['id'],
    columns: {
      id: 'string',
      hash: 'string',
      format: 'string',
      width: 'int',
      height: 'int',
      bytes: 'int',
      focalX: 'float',
      focalY: 'float',
      credit: 'string',
      licence: 'string',
      originalName: 'string',
      uploadedById: 'string?',
      version: 'int',
      createdAt: 'date',
      updatedAt: 'date',
    },
  },
  {
    name: 'mediaTexts',
    model: 'mediaText',
    key: ['id'],
    columns: { id: 'string', mediaId: 'string', locale: 'string', alt: 'string', caption: 'string' },
    refs: { mediaId: 'mediaAssets' },
  },
  {
    name: 'pieces',
    model: 'piece',
    key: ['id'],
    columns: {
      id: 'string',
      seriesId: 'string',
      position: 'int',
      kind: 'string',
      slug: 'string',
      status: 'string',
      publishedAt: 'date?',
      createdAt: 'date',
      updatedAt: 'date',
      version: 'int',
      liveVersion: 'int',
      firstPublishedAt: 'date?',
      modifiedAt: 'date',
      lastEditorId: 'string?',
      editions: 'string',
      translationNote: 'bool',
      leadImageId: 'string?',
    },
    refs: { seriesId: 'series', leadImageId: 'mediaAssets' },
  },
  {
    name: 'pieceTexts',
    model: 'pieceText',
    key: ['id'],
    columns: { id: 'string', pieceId: 'string', locale: 'string', title: 'string', standfirst: 'string', seoTitle: 'string', seoDescription: 'string' },
    refs: { pieceId: 'pieces' },
  },
  {
    name: 'pieceTranslations',
    model: 'pieceTranslation',
    key: ['pieceId', 'locale'],
    columns: { pieceId: 'string', locale: 'string', stale: 'int', missing: 'int' },
    refs: { pieceId: 'pieces' },
  },
  {
    name: 'blocks',
    model: 'block',
    key: ['id'],
    columns: { id: 'string', pieceId: 'string', position: 'int', type: 'string', meta: 'string' },
    refs: { pieceId: 'pieces' },
  },
  {
    name: 'blockTexts',
    model: 'blockText',
    key: ['id'],
    columns: { id: 'string', blockId: 'string', locale: 'string', text: 'string', attribution: 'string', rev: 'int', writtenAt: 'date', basedOnRev: 'int?' },
    refs: { blockId: 'blocks' },
  },
  {
    name: 'blockFigureRefs',
    model: 'blockFigureRef',
    key: ['blockId', 'figureId'],
    columns: { blockId: 'string', figureId: 'string' },
    refs: { blockId: 'blocks', figureId: 'figures' },
  },
  {
    name: 'pieceRevisions',
    model: 'pieceRevision',
    key: ['id'],
    columns: { id: 'string', pieceId: 'string', version: 'int', editorId: 'string?', editorName: 'string', summary: 'string', snapshot: 'string', createdAt: 'date' },
    refs: { pieceId: 'pieces' },
  },
  {
    name: 'slugRedirects',
    model: 'slugRedirect',
    key: ['id'],
    columns: { id: 'string', seriesId: 'string', oldSlug: 'string', pieceId: 'string', createdAt: 'date' },
    refs: { seriesId: 'series', pieceId: 'pieces' },
  },
  {
    name: 'users',
    model: 'user',
    key: ['id'],
    columns: {
      id: 'string',
      email: 'string',
      name: 'string',
      role: 'string',
      // Only in exports made with --include-secrets (see SECRET_COLUMNS).
      passwordHash: 'string',
      disabled: 'bool',
      sessionVersion: 'int',
      uiLocale: 'string',
      lastLoginAt: 'date?',
      createdAt: 'date',
      updatedAt: 'date',
    },
  },
  {
    name: 'auditEntries',
    model: 'auditEntry',
    key: ['id'],
    columns: {
      id: 'string',
      createdAt: 'date',
      actorId: 'string?',
      actorEmail: 'string?',
      action: 'string',
      targetType: 'string?',
      targetId: 'string?',
      summary: 'string',
      details: 'string',
      ip: 'string?',
    },
  },
];

/** Columns an export leaves out unless asked for secrets. */
export const SECRET_COLUMNS: Readonly<Record<string, readonly string[]>> = { users: ['passwordHash'] };

export type Row = Record<string, string | number | boolean | null>;

export interface ContentFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Whether users carry their password hashes. */
  includesSecrets: boolean;
  tables: Record<string, Row[]>;
  /** Names of the data migrations already applied to this content (lib/db/data-migrations.ts). */
  dataMigrations: string[];
}

function columnSchema(column: Column): z.ZodType {
  const kind = column.replace('?', '') as Kind;
  const base = {
    string: z.string(),
    int: z.number().int(),
    float: z.number(),
    bool: z.boolean(),
    date: z.iso.datetime({ offset: false }),
  }[kind];
  return column.endsWith('?') ? base.nullable() : base;
}

function rowSchema(table: TableSpec, includesSecrets: boolean) {
  const omitted = includesSecrets ? [] : (SECRET_COLUMNS[table.name] ?? []);
  const shape = Object.fromEntries(
    Object.entries(table.columns)
      .filter(([name]) => !omitted.includes(name))
      .map(([name, column]) => [name, name in (table.defaults ?? {}) ? columnSchema(column).default(table.defaults![name]) : columnSchema(column)]),
  );
  return z.strictObject(shape);
}

/** The first look at a file: is it ours, and a version this code reads? */
export const headerSchema = z.object({ format: z.unknown(), version: z.unknown() });

/** The whole file, once the header says it is a version-1 Tandem export. */
export function contentFileSchema(includesSecrets: boolean) {
  return z.strictObject({
    format: z.literal(FORMAT),
    version: z.literal(VERSION),
    includesSecrets: z.literal(includesSecrets),
    tables: z.strictObject(Object.fromEntries(TABLES.map((t) => [t.name, z.array(rowSchema(t, includesSecrets))]))),
    dataMigrations: z.array(z.string().min(1)),
  });
}

/** Compares rows by their key columns, the same way on every database and machine. */
export function compareByKey(key: readonly string[]) {
  return (a: Row, b: Row): number => {
    for (const column of key) {
      const x = a[column];
      const y = b[column];
      if (x === y) continue;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  };
}

export function keyOf(row: Row, key: readonly string[]): string {
  return JSON.stringify(key.map((column) => row[column]));
}

export function isDateColumn(column: Column): boolean {
  return column.startsWith('date');
}
