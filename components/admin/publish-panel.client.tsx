'use client';
// Publish now, schedule (Hong Kong time shown, UTC stored) or unpublish, in both languages or
// in one only; lists what is missing when a locale being published is incomplete.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { publishPieceAction, schedulePieceAction, unpublishPieceAction } from '@/app/admin/actions/pieces';
import { LOCALES, type Locale } from '@/i18n/locales';

export interface PublishInfo {
  pieceId: string;
  status: 'draft' | 'scheduled' | 'published';
  /** Already formatted in Hong Kong time. */
  when: string | null;
  unpublishedChanges: boolean;
  defaultScheduleAt: string;
  /** The locales it is published in now (both for a piece never published). */
  editions: Locale[];
}

/** The editor's choice: both languages, or one of them alone. */
type EditionsChoice = 'both' | Locale;
const CHOICES: EditionsChoice[] = ['both', ...LOCALES];
const editionsOf = (choice: EditionsChoice): Locale[] => (choice === 'both' ? [...LOCALES] : [choice]);
const choiceOf = (editions: Locale[]): EditionsChoice => (editions.length === 1 ? editions[0]! : 'both');

type Missing = { locale: string; field: string; block?: number };
type Stale = { blockId: string; position: number; locale: Locale };
type Outcome = { ok: boolean; message?: string; details?: unknown; fieldErrors?: Record<string, string> };
/** An action that may be asked again with a yes to the stale blocks it named. */
type Attempt = (acknowledgeStale: string[]) => Promise<Outcome>;

const staleOf = (details: unknown): Stale[] | null =>
  details && typeof details === 'object' && Array.isArray((details as { stale?: unknown }).stale) ? (details as { stale: Stale[] }).stale : null;

export function PublishPanel({ info, beforePublish }: { info: PublishInfo; beforePublish: () => Promise<'ok' | 'error' | 'conflict'> }) {
  const t = useTranslations('Admin');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [at, setAt] = useState(info.defaultScheduleAt);
  const [choice, setChoice] = useState<EditionsChoice>(choiceOf(info.editions));
  const editionsLabel = (c: EditionsChoice) => (c === 'both' ? t('publish.editionsBoth') : t(`publish.editionsOnly.${c}`));
  const [result, setResult] = useState<{ ok: boolean; text: string; missing?: Missing[]; field?: string } | null>(null);
  // Stale blocks the server named, and the action to repeat with a yes to exactly those.
  const [asked, setAsked] = useState<{ stale: Stale[]; text: string; attempt: Attempt; anyway: string } | null>(null);

  const run = (attempt: Attempt, anyway = '', acknowledgeStale: string[] = []) =>
    start(async () => {
      setAsked(null);
      if ((await beforePublish()) !== 'ok') return;
      const r = await attempt(acknowledgeStale);
      const stale = staleOf(r.details);
      if (!r.ok && stale) {
        setResult(null);
        setAsked({ stale, text: r.message ?? '', attempt, anyway });
        return;
      }
      setResult({ ok: r.ok, text: r.message ?? '', missing: Array.isArray(r.details) ? (r.details as Missing[]) : undefined, field: r.fieldErrors?.at });
      if (r.ok) router.refresh();
    });
  const localeName = (l: Locale) => (l === 'zh-HK' ? t('translation.zh') : t('translation.en'));

  const fieldName = (m: Missing) =>
    m.field === 'block'
      ? t('publish.missingBlock', { locale: m.locale, block: m.block ?? 0 })
      : t('publish.missingField', { locale: m.locale, field: m.field === 'title' ? t('editor.headline') : m.field === 'standfirst' ? t('editor.standfirst') : t('editor.blocks') });

  return (
    <section className="card" aria-labelledby="publish-heading">
      <h2 id="publish-heading" style={{ marginTop: 0 }}>
        {t('publish.title')}
      </h2>
      <p data-status={info.status}>
        {t('publish.currentStatus', { status: t(`status.${info.status}`) })}
        {info.when && <span className="muted"> · {info.status === 'scheduled' ? t('publish.goesLive', { time: info.when }) : t('publish.publishedAt', { time: info.when })}</span>}
      </p>
      {info.status !== 'draft' && (
        <p data-editions={info.editions.join(',')}>
          {t(info.status === 'published' ? 'publish.editionsLive' : 'publish.editionsScheduled', { editions: editionsLabel(choiceOf(info.editions)) })}
        </p>
      )}
      {info.unpublishedChanges && <p className="notice">{t('dashboard.unpublishedChanges')}</p>}
      <fieldset className="editions" disabled={pending}>
        <legend>{t('publish.editions')}</legend>
        {CHOICES.map((c) => (
          <label key={c}>
            <input type="radio" name="editions" value={c} checked={choice === c} onChange={() => setChoice(c)} /> {editionsLabel(c)}
          </label>
        ))}
        <p className="muted">{t('publish.editionsHint')}</p>
      </fieldset>
      <div className="toolbar">
        <button
          type="button"
          disabled={pending}
          onClick={() => run((acknowledgeStale) => publishPieceAction({ pieceId: info.pieceId, editions: editionsOf(choice), acknowledgeStale }), t('translation.publishAnyway'))}
        >
          {info.status === 'published' ? t('publish.publishChanges') : t('publish.publishNow')}
        </button>
        {info.status !== 'draft' && (
          <button
            type="button"
            className="danger"
            disabled={pending}
            onClick={() => window.confirm(t('publish.confirmUnpublish')) && run(() => unpublishPieceAction({ pieceId: info.pieceId }))}
          >
            {t('publish.unpublish')}
          </button>
        )}
      </div>
      {info.status !== 'published' && (
        <div className="stack">
          <label>
            {t('publish.scheduleAt')}
            <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} aria-invalid={!!result?.field} />
            {result?.field && <span className="field-error">{result.field}</span>}
          </label>
          <button
            type="button"
            className="secondary"
            disabled={pending}
            onClick={() =>
              run((acknowledgeStale) => schedulePieceAction({ pieceId: info.pieceId, at, editions: editionsOf(choice), acknowledgeStale }), t('translation.scheduleAnyway'))
            }
          >
            {t('publish.schedule')}
          </button>
        </div>
      )}
      {asked && (
        <div role="alertdialog" aria-labelledby="stale-question" className="notice" data-testid="publish-stale">
          <p id="stale-question">{asked.text}</p>
          <ul>
            {asked.stale.map((s) => (
              <li key={`${s.blockId}:${s.locale}`} data-block-id={s.blockId} data-locale={s.locale}>
                {t('translation.publishStaleItem', { block: s.position, locale: localeName(s.locale) })}
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                run(
                  asked.attempt,
                  asked.anyway,
                  asked.stale.map((s) => `${s.blockId}:${s.locale}`),
                )
              }
            >
              {asked.anyway}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={() => setAsked(null)}>
              {t('translation.cancel')}
            </button>
          </div>
        </div>
      )}
      {result && (
        <div role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'} data-testid="publish-result">
          <p>{result.text}</p>
          {result.missing && (
            <ul>
              {result.missing.map((m) => (
                <li key={`${m.locale}-${m.field}-${m.block ?? ''}`}>{fieldName(m)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
