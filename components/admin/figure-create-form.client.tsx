'use client';
// Creates a figure. The browser checks the input with the same zod schema as the server, so
// a bad value is explained at its field before anything is sent; the server checks again.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { createFigureAction } from '@/app/admin/actions/figures';
import { figureFieldErrors, type CodeTranslator } from '@/lib/figures/field-errors';
import { figureCreateSchema } from '@/lib/figures/schemas';
import { FIGURE_KINDS } from '@/lib/figures/types';
import { FigureField, figureFormValues } from './figure-field';

export function FigureCreateForm() {
  const t = useTranslations('Admin.figures');
  const admin = useTranslations('Admin') as unknown as CodeTranslator;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = figureFormValues(event.currentTarget);
    const checked = figureCreateSchema.safeParse(values);
    if (!checked.success) {
      setErrors(figureFieldErrors(admin, checked.error.issues));
      setResult({ ok: false, text: t('create.fix') });
      return;
    }
    start(async () => {
      const r = await createFigureAction(values);
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setResult({ ok: r.ok, text: r.message ?? '' });
      if (r.ok) router.push(`/admin/figures/${r.data.key}`);
    });
  }

  const field = (name: string, label: string, input?: React.InputHTMLAttributes<HTMLInputElement>, hint?: string, lang?: string) => (
    <FigureField name={name} label={label} errors={errors} input={input} hint={hint} lang={lang} />
  );
  return (
    <form onSubmit={onSubmit} className="stack" noValidate data-testid="figure-create-form">
      {field('key', t('create.key'), { required: true, maxLength: 80, autoComplete: 'off', spellCheck: false }, t('create.keyHint'))}
      <FigureField
        name="kind"
        label={t('create.kind')}
        errors={errors}
        control={(a11y) => (
          <select name="kind" defaultValue="count" {...a11y}>
            {FIGURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      />
      {field('currency', t('create.currency'), { maxLength: 3, autoComplete: 'off' }, t('create.currencyHint'))}
      {field('value', t('create.value'), { required: true, inputMode: 'decimal', autoComplete: 'off' }, t('create.valueHint'))}
      {field('valueHigh', t('create.valueHigh'), { inputMode: 'decimal', autoComplete: 'off' })}
      {field('asOf', t('create.asOf'), { type: 'date', required: true })}
      {field('label.zh-HK', t('create.labelZh'), { required: true, maxLength: 200 }, undefined, 'zh-HK')}
      {field('label.en', t('create.labelEn'), { required: true, maxLength: 200 }, undefined, 'en')}
      {field('sourceName.zh-HK', t('create.sourceZh'), { required: true, maxLength: 200 }, undefined, 'zh-HK')}
      {field('sourceName.en', t('create.sourceEn'), { required: true, maxLength: 200 }, undefined, 'en')}
      {field('sourceUrl', t('create.sourceUrl'), { type: 'url', maxLength: 500 })}
      <button type="submit" disabled={pending}>
        {t('create.submit')}
      </button>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'} data-testid="figure-create-result">
          {result.text}
        </p>
      )}
    </form>
  );
}
