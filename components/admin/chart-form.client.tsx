'use client';
// Creates or edits a chart: its type, both locales' texts, category and series names, and
// its figures in order, chosen from the same figure picker as the piece editor.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { createChartAction, deleteChartAction, updateChartAction } from '@/app/admin/actions/charts';
import { EDITOR_LOCALES, type FigureOption, type UiLocale } from './editor-types';

type Names = Record<string, { 'zh-HK': string; en: string }>;
interface ChartDraft {
  key: string;
  kind: 'bar' | 'grouped-bar' | 'dumbbell' | 'slope';
  texts: Record<UiLocale, { title: string; subtitle: string; axis: string; notes: string }>;
  labels: { categories: Names; series: Names };
  figures: { key: string; category: string; series: string }[];
}

const EMPTY: ChartDraft = {
  key: '',
  kind: 'bar',
  texts: { 'zh-HK': { title: '', subtitle: '', axis: '', notes: '' }, en: { title: '', subtitle: '', axis: '', notes: '' } },
  labels: { categories: {}, series: {} },
  figures: [],
};

export function ChartForm({ figures, uiLocale, initial }: { figures: FigureOption[]; uiLocale: UiLocale; initial?: ChartDraft & { version: number } }) {
  const t = useTranslations('Admin.charts');
  const router = useRouter();
  const [draft, setDraft] = useState<ChartDraft>(initial ?? EMPTY);
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [pick, setPick] = useState(figures[0]?.key ?? '');
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string; errors?: Record<string, string> } | null>(null);

  // Every category and series a figure uses needs names in both languages.
  const ids = (field: 'category' | 'series') => [...new Set(draft.figures.map((f) => f[field]).filter(Boolean))];
  const names = (group: 'categories' | 'series', id: string) => draft.labels[group][id] ?? { 'zh-HK': '', en: '' };
  const setName = (group: 'categories' | 'series', id: string, locale: UiLocale, value: string) =>
    setDraft((d) => ({ ...d, labels: { ...d.labels, [group]: { ...d.labels[group], [id]: { ...names(group, id), [locale]: value } } } }));
  const setFigure = (i: number, patch: Partial<ChartDraft['figures'][number]>) => setDraft((d) => ({ ...d, figures: d.figures.map((f, j) => (j === i ? { ...f, ...patch } : f)) }));
  const move = (i: number, delta: number) =>
    setDraft((d) => {
      const list = [...d.figures];
      const j = i + delta;
      if (j < 0 || j >= list.length) return d;
      [list[i], list[j]] = [list[j]!, list[i]!];
      return { ...d, figures: list };
    });

  function save() {
    const used = (group: 'categories' | 'series', field: 'category' | 'series') => Object.fromEntries(ids(field).map((id) => [id, names(group, id)]));
    const chart = { ...draft, labels: { categories: used('categories', 'category'), series: used('series', 'series') } };
    start(async () => {
      const r = initial ? await updateChartAction({ chart, expectedVersion: version }) : await createChartAction(chart);
      setResult({ ok: r.ok, text: r.message ?? '', errors: r.ok ? undefined : r.fieldErrors });
      if (r.ok && !initial) router.push(`/admin/charts/${draft.key}`);
      else if (r.ok && 'version' in (r.data as object)) {
        setVersion((r.data as { version: number }).version);
        router.refresh();
      }
    });
  }

  const unknownDisplay = { full: { 'zh-HK': '', en: '' }, value: { 'zh-HK': '', en: '' }, words: { 'zh-HK': '', en: '' } };
  const label = (f: FigureOption) => `${uiLocale === 'zh-HK' ? f.labelZhHK : f.labelEn} — ${f.display.full['zh-HK']} / ${f.display.full.en}`;
  return (
    <form className="stack" style={{ maxWidth: '48rem' }} onSubmit={(e) => (e.preventDefault(), save())} noValidate data-testid="chart-form">
      {!initial && (
        <label>
          {t('key')}
          <input value={draft.key} onChange={(e) => setDraft({ ...draft, key: e.target.value })} maxLength={60} required />
        </label>
      )}
      <label>
        {t('kind')}
        <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ChartDraft['kind'] })}>
          {(['bar', 'grouped-bar', 'dumbbell', 'slope'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="editor-grid">
        <legend>{t('texts')}</legend>
        {EDITOR_LOCALES.map((locale) => (
          <div key={locale} lang={locale} className="stack">
            {(['title', 'subtitle', 'axis', 'notes'] as const).map((field) => (
              <label key={field}>
                {`${t(field === 'title' ? 'chartTitle' : field)} · ${locale}`}
                <input
                  value={draft.texts[locale][field]}
                  onChange={(e) => setDraft({ ...draft, texts: { ...draft.texts, [locale]: { ...draft.texts[locale], [field]: e.target.value } } })}
                  maxLength={field === 'notes' ? 1000 : 300}
                />
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('figures')}</legend>
        {draft.figures.map((f, i) => (
          <div key={`${f.key}-${i}`} className="toolbar" data-chart-figure={f.key}>
            <span>{label(figures.find((x) => x.key === f.key) ?? { key: f.key, labelZhHK: f.key, labelEn: f.key, display: unknownDisplay })}</span>
            <input aria-label={`${t('category')} ${i + 1}`} value={f.category} onChange={(e) => setFigure(i, { category: e.target.value })} style={{ width: '9rem' }} />
            <input aria-label={`${t('seriesId')} ${i + 1}`} value={f.series} onChange={(e) => setFigure(i, { series: e.target.value })} style={{ width: '7rem' }} />
            <button type="button" className="secondary" onClick={() => move(i, -1)} aria-label={`↑ ${i + 1}`}>
              ↑
            </button>
            <button type="button" className="secondary" onClick={() => move(i, 1)} aria-label={`↓ ${i + 1}`}>
              ↓
            </button>
            <button type="button" className="danger" onClick={() => setDraft({ ...draft, figures: draft.figures.filter((_, j) => j !== i) })}>
              ×
            </button>
          </div>
        ))}
        <div className="toolbar">
          <select aria-label={t('figure')} value={pick} onChange={(e) => setPick(e.target.value)} style={{ maxWidth: '26rem' }}>
            {figures.map((f) => (
              <option key={f.key} value={f.key}>
                {label(f)}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" onClick={() => pick && setDraft({ ...draft, figures: [...draft.figures, { key: pick, category: pick, series: '' }] })}>
            {t('addFigure')}
          </button>
        </div>
      </fieldset>
      {(['categories', 'series'] as const).map((group) =>
        ids(group === 'categories' ? 'category' : 'series').length ? (
          <fieldset key={group}>
            <legend>{t(group)}</legend>
            {ids(group === 'categories' ? 'category' : 'series').map((id) => (
              <div key={id} className="toolbar">
                <code>{id}</code>
                <input aria-label={`${id} ${t('labelZh')}`} lang="zh-HK" value={names(group, id)['zh-HK']} onChange={(e) => setName(group, id, 'zh-HK', e.target.value)} />
                <input aria-label={`${id} ${t('labelEn')}`} lang="en" value={names(group, id).en} onChange={(e) => setName(group, id, 'en', e.target.value)} />
              </div>
            ))}
          </fieldset>
        ) : null,
      )}
      {result && (
        <div role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'} data-testid="chart-result">
          <p>{result.text}</p>
          {result.errors && (
            <ul>
              {Object.entries(result.errors).map(([k, v]) => (
                <li key={k}>
                  {k}: {v}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="toolbar">
        <button type="submit" disabled={pending}>
          {initial ? t('save') : t('create')}
        </button>
        {initial && (
          <button
            type="button"
            className="danger"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const r = await deleteChartAction({ key: draft.key });
                if (r.ok) router.push('/admin/charts');
                else setResult({ ok: false, text: r.message });
              })
            }
          >
            {t('delete')}
          </button>
        )}
      </div>
    </form>
  );
}
