// The difference between two revisions, block by block (matched by id): headline fields, then
// each added, removed, moved or edited block with a word diff per locale; runs of unchanged
// blocks fold into one "n unchanged blocks" line. Texts past DIFF_LIMIT are not diffed.
import { getTranslations } from 'next-intl/server';
import { LOCALES, toUrlLocale, type Locale } from '@/i18n/locales';
import { diffBlocks, type BlockDiffRow } from '@/lib/pieces/block-diff';
import type { PieceContent } from '@/lib/pieces/schemas';
import { headText } from '@/lib/pieces/snapshot';
import { WordDiff } from './word-diff';

/** Characters per side beyond which a word diff is not computed (it grows with the product of the sizes). */
export const DIFF_LIMIT = 20_000;

type Item = { kind: 'row'; row: BlockDiffRow } | { kind: 'unchanged'; count: number; from: number };

/** Changed rows in order, each run of unchanged blocks between them as one item. */
function fold(rows: BlockDiffRow[]): Item[] {
  const items: Item[] = [];
  for (const row of rows) {
    const last = items.at(-1);
    if (row.change !== 'unchanged') items.push({ kind: 'row', row });
    else if (last?.kind === 'unchanged') last.count++;
    else items.push({ kind: 'unchanged', count: 1, from: row.position });
  }
  return items;
}

export async function RevisionDiff({ older, newer, uiLocale }: { older: PieceContent; newer: PieceContent; uiLocale: Locale }) {
  const t = await getTranslations({ locale: toUrlLocale(uiLocale), namespace: 'Admin.history' });
  const rows = diffBlocks(older, newer);
  const changed = rows.filter((r) => r.change !== 'unchanged');
  // Headline fields appear only when they changed, like blocks.
  const headChanged = LOCALES.some((l) => headText(older, l) !== headText(newer, l));
  const column = (l: Locale) => (l === 'zh-HK' ? t('diffZh') : t('diffEn'));
  const diff = (l: Locale, before: string, after: string) =>
    before.length > DIFF_LIMIT || after.length > DIFF_LIMIT ? (
      <p key={l} className="notice" lang={uiLocale} data-testid={`diff-${l}`}>
        {t('tooLong', { limit: DIFF_LIMIT })}
      </p>
    ) : (
      <WordDiff key={l} locale={l} label={column(l)} before={before} after={after} />
    );
  return (
    <div className="stack" style={{ maxWidth: 'none' }}>
      {headChanged && (
        <section aria-label={t('headline')}>
          <h2>{t('headline')}</h2>
          <div className="editor-grid">{LOCALES.map((l) => diff(l, headText(older, l), headText(newer, l)))}</div>
        </section>
      )}
      {fold(rows).map((item) =>
        item.kind === 'unchanged' ? (
          <p key={`same-${item.from}`} className="muted unchanged-blocks" data-testid="unchanged-blocks">
            {t('unchangedBlocks', { count: item.count })}
          </p>
        ) : (
          <section key={`${item.row.change}-${item.row.id}`} className="block-diff" data-change={item.row.change} data-block-id={item.row.id}>
            <h3>
              {t('blockLabel', { position: item.row.position })} · <span className={`status status-${item.row.change}`}>{t(`change.${item.row.change}`)}</span>
            </h3>
            <div className="editor-grid">{LOCALES.map((l) => diff(l, item.row.before?.[l] ?? '', item.row.after?.[l] ?? ''))}</div>
          </section>
        ),
      )}
      {!headChanged && changed.length === 0 && <p>{t('noChanges')}</p>}
      <p className="muted">{t('onlyChanged', { count: rows.length - changed.length })}</p>
    </div>
  );
}
