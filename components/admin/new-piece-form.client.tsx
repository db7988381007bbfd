'use client';
// The first details of a new follow-up: series, slug and working titles (one language may wait).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { createPieceAction } from '@/app/admin/actions/pieces';

export function NewPieceForm({ series, defaultSeries }: { series: { slug: string; title: string }[]; defaultSeries: string }) {
  const t = useTranslations('Admin.editor');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    start(async () => {
      const result = await createPieceAction(form);
      if (result.ok) router.push(`/admin/pieces/${result.data.id}`);
      else {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
      }
    });
  }

  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label>
      {label}
      <input name={name} required aria-invalid={!!errors[name]} {...props} />
      {errors[name] && <span className="field-error">{errors[name]}</span>}
    </label>
  );

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <label>
        {t('series')}
        <select name="seriesSlug" defaultValue={defaultSeries}>
          {series.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {field('slug', t('slug'), { maxLength: 80, pattern: '[a-z0-9-]+' })}
      {field('titleZhHK', `${t('headline')} (${t('zh')})`, { maxLength: 200, lang: 'zh-HK', required: false })}
      {field('titleEn', `${t('headline')} (${t('en')})`, { maxLength: 200, lang: 'en', required: false })}
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {t('create')}
      </button>
    </form>
  );
}
