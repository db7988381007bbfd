'use client';
// Revises a figure, or restores the value before a revision: a reason in both languages
// is required, and a revision someone else saved first is reported, never overwritten.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { restoreFigureValueAction, reviseFigureAction } from '@/app/admin/actions/figures';

interface Props {
  figureKey: string;
  version: number;
  value?: number;
  valueHigh?: number | null;
  restoreRevisionId?: string;
  restoreLabel?: string;
}

export function FigureRevisionForm({ figureKey, version, value, valueHigh, restoreRevisionId, restoreLabel }: Props) {
  const t = useTranslations('Admin.figures');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [open, setOpen] = useState(!restoreRevisionId);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const reasons = { reasonZhHK: f.reasonZhHK ?? '', reasonEn: f.reasonEn ?? '' };
    start(async () => {
      const r = restoreRevisionId
        ? await restoreFigureValueAction({ revisionId: restoreRevisionId, expectedVersion: version, ...reasons })
        : await reviseFigureAction({ key: figureKey, expectedVersion: version, value: f.value, valueHigh: f.valueHigh ? f.valueHigh : null, ...reasons });
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setResult({ ok: r.ok, text: r.message ?? '' });
      if (r.ok) router.refresh();
    });
  }

  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('restore')}: {restoreLabel}
      </button>
    );
  const err = (name: string) => errors[name] && <span className="field-error">{errors[name]}</span>;
  return (
    <form onSubmit={onSubmit} className="stack" noValidate data-testid={restoreRevisionId ? 'restore-form' : 'revise-form'}>
      {!restoreRevisionId && (
        <>
          <label>
            {t('newValue')}
            <input name="value" inputMode="decimal" defaultValue={value} required aria-invalid={!!errors.value} />
            {err('value')}
          </label>
          {valueHigh !== null && valueHigh !== undefined && (
            <label>
              {t('newValueHigh')}
              <input name="valueHigh" inputMode="decimal" defaultValue={valueHigh} aria-invalid={!!errors.valueHigh} />
              {err('valueHigh')}
            </label>
          )}
        </>
      )}
      <label lang="zh-HK">
        {t('reasonZh')}
        <textarea name="reasonZhHK" required maxLength={500} rows={2} aria-invalid={!!errors.reasonZhHK} />
        {err('reasonZhHK')}
      </label>
      <label lang="en">
        {t('reasonEn')}
        <textarea name="reasonEn" required maxLength={500} rows={2} aria-invalid={!!errors.reasonEn} />
        {err('reasonEn')}
      </label>
      <button type="submit" disabled={pending}>
        {restoreRevisionId ? `${t('restore')}: ${restoreLabel}` : t('submit')}
      </button>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'} data-testid="revision-result">
          {result.text}
        </p>
      )}
    </form>
  );
}
