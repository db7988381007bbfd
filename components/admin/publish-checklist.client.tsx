'use client';
// The checklist shown before publishing or scheduling: what blocks it (the confirm button stays
// disabled and says why), translations that lag (a warning), and what readers will see change.
import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import type { PublishChecklist } from '@/lib/pieces/publish-checklist';
import { describeBlocking } from '@/lib/pieces/publish-checks';

export type ChecklistView = PublishChecklist & { scheduledFor: string | null };

type HeadField = 'title' | 'standfirst' | 'seoTitle' | 'seoDescription';

export function PublishChecklistView({
  checklist,
  confirmLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  checklist: ChecklistView;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('Admin');
  const localeName = (l: Locale) => (l === 'zh-HK' ? t('publish.check.localeZh') : t('publish.check.localeEn'));
  const say = (key: Parameters<Parameters<typeof describeBlocking>[1]>[0], values?: Record<string, string | number>) => t(key, values);
  const fieldName = (f: string) => {
    if (f === 'slug') return t('publish.check.changedSlug');
    const [locale, field] = f.split('.') as [Locale, HeadField];
    return t('publish.check.changedField', { locale: localeName(locale), field: t(`publish.check.field.${field}`) });
  };
  const blocked = checklist.blocking.length > 0;
  const { change } = checklist;
  return (
    <div role="group" aria-labelledby="checklist-heading" className="card checklist" data-testid="publish-checklist" data-blocked={blocked}>
      <h3 id="checklist-heading" style={{ marginTop: 0 }}>
        {t('publish.check.title')}
      </h3>
      {blocked ? (
        <section aria-labelledby="checklist-blocking" data-testid="checklist-blocking">
          <h4 id="checklist-blocking">{t('publish.check.blockingTitle')}</h4>
          <ul>
            {checklist.blocking.map((item, i) => (
              <li key={i} data-kind={item.kind} data-locale={item.locale} className="field-error">
                {describeBlocking(item, say)}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="success" data-testid="checklist-clear">
          {t('publish.check.clear')}
        </p>
      )}
      {checklist.stale.length > 0 && (
        <section aria-labelledby="checklist-stale" data-testid="checklist-stale" className="notice">
          <h4 id="checklist-stale">{t('publish.check.staleTitle')}</h4>
          <ul>
            {checklist.editions
              .filter((l) => checklist.staleCounts[l] > 0)
              .map((l) => (
                <li key={l} data-locale={l}>
                  {t('publish.check.staleCount', { locale: localeName(l), count: checklist.staleCounts[l] })}{' '}
                  <span className="muted">
                    (
                    {checklist.stale
                      .filter((s) => s.locale === l)
                      .map((s) => t('publish.check.blockNumber', { block: s.position }))
                      .join(t('publish.check.separator'))}
                    )
                  </span>
                </li>
              ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="checklist-change" data-testid="checklist-change">
        <h4 id="checklist-change">{t('publish.check.changeTitle')}</h4>
        {checklist.scheduledFor && <p data-testid="checklist-when">{t('publish.check.goesLiveAt', { time: checklist.scheduledFor })}</p>}
        {change.kind === 'first' ? (
          <>
            <p>{t('publish.check.firstPublication', { locales: checklist.editions.map(localeName).join(t('publish.check.and')) })}</p>
            <ul>
              {change.urls.map((u) => (
                <li key={u.locale} lang={u.locale}>
                  <a href={u.url}>{u.url}</a>
                </li>
              ))}
            </ul>
          </>
        ) : change.fields.length + change.blocks.length === 0 ? (
          <p>{t('publish.check.noChanges', { version: change.liveVersion })}</p>
        ) : (
          <>
            <p>{t('publish.check.republish', { version: change.liveVersion })}</p>
            <ul>
              {change.fields.map((f) => (
                <li key={f}>{fieldName(f)}</li>
              ))}
              {change.blocks.map((b) => (
                <li key={`${b.change}-${b.position}`} data-change={b.change}>
                  {t('publish.check.blockChange', { block: b.position, change: t(`history.change.${b.change}`) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div className="toolbar">
        <button type="button" disabled={pending || blocked} aria-describedby={blocked ? 'checklist-why' : undefined} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={onCancel}>
          {t('translation.cancel')}
        </button>
      </div>
      {blocked && (
        <p id="checklist-why" className="muted">
          {t('publish.check.why', { count: checklist.blocking.length })}
        </p>
      )}
    </div>
  );
}
