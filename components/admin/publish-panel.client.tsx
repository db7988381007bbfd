'use client';
// Publish now, schedule (Hong Kong time shown, UTC stored) or unpublish, in both languages or
// in one only. Publishing and scheduling first open the server's checklist; a second click
// inside it acts, and the server checks the same blocking items again.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { publishChecklistAction, publishPieceAction, schedulePieceAction, unpublishPieceAction } from '@/app/admin/actions/pieces';
import { LOCALES, type Locale } from '@/i18n/locales';
import type { BlockingItem } from '@/lib/pieces/publish-checks';
import { PublishChecklistView, type ChecklistView } from './publish-checklist.client';

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

type Stale = { blockId: string; position: number; locale: Locale };
type Outcome = { ok: boolean; message?: string; details?: unknown; fieldErrors?: Record<string, string> };
/** An action that may be asked again with a yes to the stale blocks it named. */
type Attempt = (acknowledgeStale: string[]) => Promise<Outcome>;
type Mode = 'publish' | 'schedule';

const detail = <K extends string>(details: unknown, key: K): unknown =>
  details && typeof details === 'object' && key in details ? (details as Record<K, unknown>)[key] : undefined;
const staleOf = (details: unknown): Stale[] | null => {
  const v = detail(details, 'stale');
  return Array.isArray(v) ? (v as Stale[]) : null;
};
const blockingOf = (details: unknown): BlockingItem[] | null => {
  const v = detail(details, 'blocking');
  return Array.isArray(v) ? (v as BlockingItem[]) : null;
};

export function PublishPanel({
  info,
  beforePublish,
  savedVersion,
}: {
  info: PublishInfo;
  beforePublish: () => Promise<'ok' | 'error' | 'conflict'>;
  /** The working copy's version: an open checklist is computed again after every save. */
  savedVersion?: number;
}) {
  const t = useTranslations('Admin');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [at, setAt] = useState(info.defaultScheduleAt);
  const [choice, setChoice] = useState<EditionsChoice>(choiceOf(info.editions));
  const editionsLabel = (c: EditionsChoice) => (c === 'both' ? t('publish.editionsBoth') : t(`publish.editionsOnly.${c}`));
  const [result, setResult] = useState<{ ok: boolean; text: string; field?: string } | null>(null);
  const [checklist, setChecklist] = useState<{ mode: Mode; view: ChecklistView } | null>(null);
  // Stale blocks the server named after the checklist was read, and the action to repeat with a yes to exactly those.
  const [asked, setAsked] = useState<{ stale: Stale[]; text: string; attempt: Attempt; anyway: string } | null>(null);

  const load = async (mode: Mode): Promise<void> => {
    const r = await publishChecklistAction({ pieceId: info.pieceId, editions: editionsOf(choice), ...(mode === 'schedule' ? { at } : {}) });
    if (r.ok) setChecklist({ mode, view: r.data });
    else {
      setChecklist(null);
      setResult({ ok: false, text: r.message, field: r.fieldErrors?.at });
    }
  };
  const open = (mode: Mode) =>
    start(async () => {
      setAsked(null);
      setResult(null);
      if ((await beforePublish()) !== 'ok') return;
      await load(mode);
    });

  // A save while the checklist is open (fixing what it listed) computes it again.
  const seen = useRef(savedVersion);
  const openMode = checklist?.mode;
  useEffect(() => {
    if (seen.current === savedVersion) return;
    seen.current = savedVersion;
    if (openMode) start(() => load(openMode));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new saved version refreshes it
  }, [savedVersion]);

  const run = (attempt: Attempt, anyway: string, acknowledgeStale: string[]) =>
    start(async () => {
      setAsked(null);
      if ((await beforePublish()) !== 'ok') return;
      const r = await attempt(acknowledgeStale);
      const stale = staleOf(r.details);
      const blocking = blockingOf(r.details);
      if (!r.ok && stale) {
        setAsked({ stale, text: r.message ?? '', attempt, anyway });
        return;
      }
      if (!r.ok && blocking && checklist) setChecklist({ ...checklist, view: { ...checklist.view, blocking } });
      else setChecklist(null);
      setResult({ ok: r.ok, text: r.message ?? '', field: r.fieldErrors?.at });
      if (r.ok) router.refresh();
    });
  const localeName = (l: Locale) => (l === 'zh-HK' ? t('translation.zh') : t('translation.en'));
  const attemptFor = (mode: Mode): Attempt =>
    mode === 'publish'
      ? (acknowledgeStale) => publishPieceAction({ pieceId: info.pieceId, editions: editionsOf(choice), acknowledgeStale })
      : (acknowledgeStale) => schedulePieceAction({ pieceId: info.pieceId, at, editions: editionsOf(choice), acknowledgeStale });
  const confirmLabel = (mode: Mode) => (mode === 'schedule' ? t('publish.schedule') : info.status === 'published' ? t('publish.publishChanges') : t('publish.publishNow'));

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
            <input
              type="radio"
              name="editions"
              value={c}
              checked={choice === c}
              onChange={() => {
                setChoice(c);
                setChecklist(null);
              }}
            />{' '}
            {editionsLabel(c)}
          </label>
        ))}
        <p className="muted">{t('publish.editionsHint')}</p>
      </fieldset>
      {checklist ? (
        <PublishChecklistView
          checklist={checklist.view}
          confirmLabel={confirmLabel(checklist.mode)}
          pending={pending}
          onCancel={() => setChecklist(null)}
          onConfirm={() =>
            run(attemptFor(checklist.mode), checklist.mode === 'schedule' ? t('translation.scheduleAnyway') : t('translation.publishAnyway'), checklist.view.acknowledge)
          }
        />
      ) : (
        <>
          <div className="toolbar">
            <button type="button" disabled={pending} onClick={() => open('publish')}>
              {info.status === 'published' ? t('publish.openChanges') : t('publish.open')}
            </button>
            {info.status !== 'draft' && (
              <button
                type="button"
                className="danger"
                disabled={pending}
                onClick={() =>
                  window.confirm(t('publish.confirmUnpublish')) &&
                  start(async () => {
                    const r = await unpublishPieceAction({ pieceId: info.pieceId });
                    setResult({ ok: r.ok, text: r.message ?? '' });
                    if (r.ok) router.refresh();
                  })
                }
              >
                {t('publish.unpublish')}
              </button>
            )}
          </div>
          {info.status !== 'published' && (
            <div className="stack">
              <label>
                {t('publish.scheduleAt')}
                <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} aria-invalid={!!result?.field} aria-describedby="schedule-zone" />
                <span id="schedule-zone" className="muted">
                  {t('publish.check.timeZone')}
                </span>
                {result?.field && <span className="field-error">{result.field}</span>}
              </label>
              <button type="button" className="secondary" disabled={pending} onClick={() => open('schedule')}>
                {t('publish.openSchedule')}
              </button>
            </div>
          )}
        </>
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
        </div>
      )}
    </section>
  );
}
