// A figure's history, newest first: public value revisions (with their reasons and a way to
// restore the old value) and metadata edits (field, old → new), each with who and when.
import { getTranslations } from 'next-intl/server';
import { FigureRevisionForm } from '@/components/admin/figure-revision-form.client';
import { formatHkDateTime } from '@/i18n/hk-time';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { FigureHistoryEntry } from '@/lib/figures/admin-queries';

const FIELD_NAMES: Record<string, 'labelZh' | 'labelEn' | 'sourceNameZh' | 'sourceNameEn' | 'noteZh' | 'noteEn' | 'sourceUrl' | 'asOf'> = {
  'label.zh-HK': 'labelZh',
  'label.en': 'labelEn',
  'sourceName.zh-HK': 'sourceNameZh',
  'sourceName.en': 'sourceNameEn',
  'note.zh-HK': 'noteZh',
  'note.en': 'noteEn',
  sourceUrl: 'sourceUrl',
  asOf: 'asOf',
};

interface Props {
  history: FigureHistoryEntry[];
  figureKey: string;
  version: number;
  locale: Locale;
  /** Whether the viewer may restore old values. */
  editable: boolean;
}

export async function FigureHistory({ history, figureKey, version, locale, editable }: Props) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.figures' });
  if (history.length === 0) return <p>{t('noHistory')}</p>;
  return (
    <table className="data" data-testid="figure-history">
      <thead>
        <tr>
          <th scope="col">{t('when')}</th>
          <th scope="col">{t('what')}</th>
          <th scope="col">{t('old')}</th>
          <th scope="col">{t('new')}</th>
          <th scope="col">{t('reason')}</th>
          <th scope="col">{t('who')}</th>
          {editable && <th scope="col" />}
        </tr>
      </thead>
      <tbody>
        {history.map((h) =>
          h.type === 'revision' ? (
            <tr key={h.id} data-history="revision">
              <td>{formatHkDateTime(h.createdAt, locale)}</td>
              <td>{t('valueRevised')}</td>
              <td>{h.oldDisplay}</td>
              <td>{h.newDisplay}</td>
              <td>
                <div lang="zh-HK">{h.reasonZhHK}</div>
                <div lang="en">{h.reasonEn}</div>
              </td>
              <td>{h.editorName}</td>
              {editable && (
                <td>
                  <FigureRevisionForm figureKey={figureKey} version={version} restoreRevisionId={h.id} restoreLabel={h.oldDisplay} />
                </td>
              )}
            </tr>
          ) : (
            <tr key={h.id} data-history="change" data-field={h.field}>
              <td>{formatHkDateTime(h.createdAt, locale)}</td>
              <td>{t('edited', { field: FIELD_NAMES[h.field] ? t(`fields.${FIELD_NAMES[h.field]!}`) : h.field })}</td>
              <td>{h.oldValue}</td>
              <td>{h.newValue}</td>
              <td />
              <td>{h.editorName}</td>
              {editable && <td />}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
