'use client';
// Edits a figure's labels, source names, source address and as-of date: kept in its history,
// never printed as a correction. An edit based on an old version is refused as a conflict.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { editFigureMetaAction } from '@/app/admin/actions/figures';
import { figureFieldErrors, type CodeTranslator } from '@/lib/figures/field-errors';
import { figureMetaSchema } from '@/lib/figures/schemas';
import { FigureField, figureFormValues } from './figure-field';

interface Props {
  figureKey: string;
  version: number;
  meta: { label: Record<'zh-HK' | 'en', string>; sourceName: Record<'zh-HK' | 'en', string>; note: Record<'zh-HK' | 'en', string>; sourceUrl: string; asOf: string };
}

export function FigureMetaForm({ figureKey, version, meta }: Props) {
  const t = useTranslations('Admin.figures');
  const admin = useTranslations('Admin') as unknown as CodeTranslator;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { ...figureFormValues(event.currentTarget), key: figureKey, expectedVersion: version };
    const checked = figureMetaSchema.safeParse(values);
    if (!checked.success) {
      setErrors(figureFieldErrors(admin, checked.error.issues));
      setResult({ ok: false, text: t('create.fix') });
      return;
    }
    start(async () => {
      const r = await editFigureMetaAction(values);
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setResult({ ok: r.ok, text: r.message ?? '' });
      if (r.ok) router.refresh();
    });
  }

  const field = (name: string, label: string, defaultValue: string, input: React.InputHTMLAttributes<HTMLInputElement> = {}, lang?: string) => (
    <FigureField name={name} label={label} errors={errors} lang={lang} input={{ defaultValue, ...input }} />
  );
  return (
    <form onSubmit={onSubmit} className="stack" noValidate data-testid="figure-meta-form">
      {field('label.zh-HK', t('create.labelZh'), meta.label['zh-HK'], { required: true, maxLength: 200 }, 'zh-HK')}
      {field('label.en', t('create.labelEn'), meta.label.en, { required: true, maxLength: 200 }, 'en')}
      {field('sourceName.zh-HK', t('create.sourceZh'), meta.sourceName['zh-HK'], { required: true, maxLength: 200 }, 'zh-HK')}
      {field('sourceName.en', t('create.sourceEn'), meta.sourceName.en, { required: true, maxLength: 200 }, 'en')}
      {field('note.zh-HK', t('meta.noteZh'), meta.note['zh-HK'], { maxLength: 500 }, 'zh-HK')}
      {field('note.en', t('meta.noteEn'), meta.note.en, { maxLength: 500 }, 'en')}
      {field('sourceUrl', t('create.sourceUrl'), meta.sourceUrl, { type: 'url', maxLength: 500 })}
      {field('asOf', t('create.asOf'), meta.asOf, { type: 'date', required: true })}
      <button type="submit" disabled={pending}>
        {t('meta.submit')}
      </button>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'} data-testid="figure-meta-result">
          {result.text}
        </p>
      )}
    </form>
  );
}
