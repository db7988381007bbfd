// The translator's worklist: pieces whose working copy has blocks out of date or untranslated.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LOCALES, toUrlLocale, type Locale } from '@/i18n/locales';
import type { QueuePiece } from '@/lib/pieces/admin-queries';
import { TranslationCell } from './translation-cell';

export async function TranslationQueue({ pieces, uiLocale }: { pieces: QueuePiece[]; uiLocale: Locale }) {
  const [t, ta] = await Promise.all([
    getTranslations({ locale: toUrlLocale(uiLocale), namespace: 'Admin.translation' }),
    getTranslations({ locale: toUrlLocale(uiLocale), namespace: 'Admin' }),
  ]);
  return (
    <section aria-labelledby="translation-queue" data-testid="translation-queue">
      <h2 id="translation-queue">{t('queueTitle')}</h2>
      {pieces.length === 0 ? (
        <p>{t('queueEmpty')}</p>
      ) : (
        <>
          <p className="muted">{t('queueIntro')}</p>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{ta('dashboard.piece')}</th>
                <th scope="col">{ta('dashboard.series')}</th>
                {LOCALES.map((l) => (
                  <th scope="col" key={l}>
                    {l === 'zh-HK' ? t('zh') : t('en')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pieces.map((p) => (
                <tr key={p.id} data-piece={p.slug}>
                  <td>
                    <Link href={`/admin/pieces/${p.id}`}>{p.title}</Link>
                    <div className="muted">
                      /{p.slug} · {ta(`status.${p.status}`)}
                    </div>
                  </td>
                  <td>{p.seriesTitle}</td>
                  {LOCALES.map((l) => (
                    <td key={l}>
                      <TranslationCell counts={p.translation[l]} uiLocale={uiLocale} locale={l} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
