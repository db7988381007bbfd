// Validation problems in the editor's UI language: zod issue messages and domain errors carry
// a code ("slug.taken"), and the Admin.validation catalogue says it in words.
import 'server-only';
import type { getTranslations } from 'next-intl/server';
import type { ZodError } from 'zod';
import type { BlockProblem } from '@/lib/content/check-refs';

export type AdminTranslator = Awaited<ReturnType<typeof getTranslations<'Admin'>>>;

export function validationMessage(t: AdminTranslator, code: string): string {
  const key = `validation.${code.replace(/\./g, '_')}`;
  return t.has(key as 'validation.generic') ? t(key as 'validation.generic') : t('validation.generic');
}

/** One message per field (the first problem found), keyed by the field's path. */
export function fieldErrorsOf(t: AdminTranslator, error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    out[path] ??= validationMessage(t, issue.message);
  }
  return out;
}

/** A problem in one block's markup, said in the editor's language, with the figure or chart key it names. */
export function blockProblemMessage(t: AdminTranslator, p: BlockProblem): string {
  const key = `validation.inline_${p.code}`;
  return t.has(key as 'validation.generic') ? t(key as 'validation.inline_unknownFigure', { key: p.key ?? '' }) : t('validation.generic');
}

/** Each problem at the field it belongs to ("blocks.2.texts.en.text"), so the editor marks that field. */
export function blockFieldErrors(t: AdminTranslator, problems: BlockProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) out[`blocks.${p.block - 1}.texts.${p.locale}.${p.field}`] ??= blockProblemMessage(t, p);
  return out;
}
