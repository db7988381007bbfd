// The difference between two revisions, block by block (matched by id): headline fields,
// then each added, removed, moved or edited block with a word diff per locale.
import { getTranslations } from 'next-intl/server';
import { LOCALES, toUrlLocale, type Locale } from '@/i18n/locales';
import { diffBlocks, type BlockDiffRow } from '@/lib/pieces/block-diff';
import type { PieceContent } from '@/lib/pieces/schemas';
import { headText } from '@/lib/pieces/snapshot';
import { WordDiff } from './word-diff';

export async function RevisionDiff({ older, newer, uiLocale }: { older: PieceContent; newer: PieceContent; uiLocale: Locale }) {
  const t = await getTranslations({ locale: toUrlLocale(uiLocale), namespace: 'Admin.history' });
  const rows = diffBlocks(older, newer);
  const changed = rows.filter((r) => r.change !== 'unchanged');
  // Headline fields appear only when they changed, like blocks.
  const headChanged = LOCALES.some((l) => headText(older, l) !== headText(newer, l));
  const column = (l: Locale) => (l === 'zh-HK' ? t('diffZh') : t('diffEn'));
  const cell = (row: BlockDiffRow, l: Locale) => <WordDiff key={l} locale={l} label={column(l)} before={row.before?.[l] ?? ''} after={row.after?.[l] ?? ''} />;
  return (
    <div className="stack" style={{ maxWidth: 'none' }}>
      {headChanged && (
        <section aria-label={t('headline')}>
          <h2>{t('headline')}</h2>
          <div className="editor-grid">
            {LOCALES.map((l) => (
              <WordDiff key={l} locale={l} label={column(l)} before={headText(older, l)} after={headText(newer, l)} />
            ))}
          </div>
        </section>
      )}
      {changed.map((row) => (
        <section key={`${row.change}-${row.id}`} className="block-diff" data-change={row.change} data-block-id={row.id}>
          <h3>
            {t('blockLabel', { position: row.position })} · <span className={`status status-${row.change}`}>{t(`change.${row.change}`)}</span>
          </h3>
          <div className="editor-grid">{LOCALES.map((l) => cell(row, l))}</div>
        </section>
      ))}
      <p className="muted">{t('onlyChanged', { count: rows.length - changed.length })}</p>
    </div>
  );
}
