// Editing what describes a figure (labels, source names, source address, as-of date): no
// public correction note, but every changed field is kept in the figure's history with its
// old and new text, who and when, and an audit entry, in one transaction.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { writeAudit } from '@/lib/audit/write';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { dependentsOf } from './dependents';
import { FigureConflictError, type Editor } from './revise';
import { figureMetaSchema, type FigureMetaInput } from './schemas';

export const META_FIELDS = ['label.zh-HK', 'label.en', 'sourceName.zh-HK', 'sourceName.en', 'note.zh-HK', 'note.en', 'sourceUrl', 'asOf'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export class FigureNotFoundError extends Error {
  constructor(key: string) {
    super(`No figure "${key}"`);
    this.name = 'FigureNotFoundError';
  }
}

export interface FigureMetaEdited {
  version: number;
  changed: MetaField[];
  /** The figure wherever it is shown, the figures derived from it (charts name their inputs), and the set of figures. */
  tags: string[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function editFigureMeta(raw: FigureMetaInput, editor: Editor, ip?: string | null): Promise<FigureMetaEdited> {
  const input = figureMetaSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const figure = await tx.figure.findUnique({
      where: { key: input.key },
      select: {
        id: true,
        value: true,
        valueHigh: true,
        version: true,
        sourceUrl: true,
        asOf: true,
        texts: { select: { locale: true, label: true, sourceName: true, note: true } },
      },
    });
    if (!figure) throw new FigureNotFoundError(input.key);
    const text = (locale: string) => figure.texts.find((t) => t.locale === locale);
    const before: Record<MetaField, string> = {
      'label.zh-HK': text('zh-HK')?.label ?? '',
      'label.en': text('en')?.label ?? '',
      'sourceName.zh-HK': text('zh-HK')?.sourceName ?? '',
      'sourceName.en': text('en')?.sourceName ?? '',
      'note.zh-HK': text('zh-HK')?.note ?? '',
      'note.en': text('en')?.note ?? '',
      sourceUrl: figure.sourceUrl ?? '',
      asOf: day(figure.asOf),
    };
    const after: Record<MetaField, string> = {
      'label.zh-HK': input.label['zh-HK'],
      'label.en': input.label.en,
      'sourceName.zh-HK': input.sourceName['zh-HK'],
      'sourceName.en': input.sourceName.en,
      // A form without the note fields leaves the note as it is.
      'note.zh-HK': input.note?.['zh-HK'] ?? text('zh-HK')?.note ?? '',
      'note.en': input.note?.en ?? text('en')?.note ?? '',
      sourceUrl: input.sourceUrl ?? '',
      asOf: day(input.asOf),
    };
    const changed = META_FIELDS.filter((f) => before[f] !== after[f]);
    const conflict = () => new FigureConflictError({ value: figure.value, valueHigh: figure.valueHigh, version: figure.version });
    if (figure.version !== input.expectedVersion) throw conflict();
    if (!changed.length) return { version: figure.version, changed, tags: [] };
    // Compare-and-set on the version, as revisions do: of two edits based on one version, one wins.
    const updated = await tx.figure.updateMany({
      where: { id: figure.id, version: input.expectedVersion },
      data: { sourceUrl: input.sourceUrl ?? null, asOf: input.asOf, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    for (const locale of LOCALES) {
      const data = { label: input.label[locale], sourceName: input.sourceName[locale], note: after[`note.${locale}`] };
      await tx.figureText.upsert({ where: { figureId_locale: { figureId: figure.id, locale } }, create: { figureId: figure.id, locale, ...data }, update: data });
    }
    await tx.figureChange.createMany({
      data: changed.map((field) => ({ figureId: figure.id, field, oldValue: before[field], newValue: after[field], editorId: editor.id, editorName: editor.name })),
    });
    await writeAudit(tx, {
      action: 'figure.edit',
      actor: editor,
      target: { type: 'figure', id: input.key },
      summary: `${input.key}: ${changed.join(', ')}`,
      details: Object.fromEntries(changed.map((f) => [f, { old: before[f], new: after[f] }])),
      ip,
    });
    const all = await tx.figure.findMany({ where: { formula: { not: null } }, select: { key: true, formula: true } });
    const tags = [TAGS.figure(input.key), ...dependentsOf(input.key, all).map(TAGS.figure), TAGS.figures];
    return { version: figure.version + 1, changed, tags };
  });
}
