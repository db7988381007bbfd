'use client';
// One aligned block: its zh-HK text on the left, its English on the right, and its tools.
import { useTranslations } from 'next-intl';
import type { TranslationState } from '@/lib/pieces/provenance';
import type { SourceChange } from '@/lib/pieces/translation-sources';
import { BLOCK_KINDS, EDITOR_LOCALES, fieldId, type ChartOption, type EditorBlock, type FieldErrors, type FigureOption, type UiLocale } from './editor-types';
import { ImageBlockMedia } from './image-block-media.client';
import { PunctuationCheck } from './punctuation-check.client';
import { RichText, type RichTextHandle } from './rich-text.client';
import { TextCount } from './text-count.client';
import { TranslationMark } from './translation-mark.client';

interface Props {
  index: number;
  count: number;
  block: EditorBlock;
  errors: FieldErrors;
  onChange: (block: EditorBlock) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** The field now being typed in, so the figure picker inserts there and the preview follows. */
  onFocusField: (handle: RichTextHandle) => void;
  charts: ChartOption[];
  figures: FigureOption[];
  /** Translators: the block's text only, no tools that change its type, place or settings. */
  textOnly: boolean;
  /** Each locale's translation state as of the last save, and the source's change where stale. */
  translation: { state: Record<UiLocale, TranslationState>; sources: Partial<Record<UiLocale, SourceChange>> } | undefined;
  onConfirm: (locale: UiLocale) => void;
  confirming: boolean;
  /** "Needs translation" filter: blocks that need none are hidden, not removed. */
  hidden: boolean;
  uiLocale?: UiLocale;
}

export function BlockRow({
  index,
  count,
  block,
  errors,
  onChange,
  onMove,
  onRemove,
  onFocusField,
  charts,
  figures,
  textOnly,
  translation,
  onConfirm,
  confirming,
  hidden,
  uiLocale = 'zh-HK',
}: Props) {
  const t = useTranslations('Admin.editor');
  const n = index + 1;
  const setText = (locale: UiLocale, field: 'text' | 'attribution', value: string) =>
    onChange({ ...block, texts: { ...block.texts, [locale]: { ...block.texts[locale], [field]: value } } });
  const second = block.type === 'quote' ? t('attribution') : block.type === 'image' ? t('alt') : null;
  const localeName = (l: UiLocale) => (l === 'zh-HK' ? t('zh') : t('en'));
  return (
    <div
      className="block-row"
      data-block={n}
      data-block-id={block.id}
      data-translation-zh={translation?.state['zh-HK'] ?? 'fresh'}
      data-translation-en={translation?.state.en ?? 'fresh'}
      hidden={hidden}
    >
      <div className="block-tools">
        <strong>#{n}</strong>
        {textOnly && <span className="muted">{t(`type.${block.type}`)}</span>}
        {!textOnly && (
          <>
            <label>
              <span className="sr-only">{t('blockType')}</span>
              <select
                aria-label={`${t('blockType')} #${n}`}
                value={block.type}
                onChange={(e) => {
                  const type = e.target.value as EditorBlock['type'];
                  const meta = type === 'heading' ? { level: 2 as const } : type === 'chart' ? { chartId: charts[0]?.key } : { teaser: block.meta.teaser };
                  onChange({ ...block, type, meta });
                }}
              >
                {BLOCK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`type.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            {block.type === 'heading' && (
              <select aria-label={`${t('level')} #${n}`} value={block.meta.level ?? 2} onChange={(e) => onChange({ ...block, meta: { level: Number(e.target.value) as 2 | 3 } })}>
                <option value={2}>H2</option>
                <option value={3}>H3</option>
              </select>
            )}
            <button type="button" className="secondary" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`${t('moveUp')} #${n}`}>
              ↑
            </button>
            <button type="button" className="secondary" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`${t('moveDown')} #${n}`}>
              ↓
            </button>
            <button type="button" className="danger" onClick={onRemove} aria-label={`${t('remove')} #${n}`}>
              {t('remove')}
            </button>
          </>
        )}
      </div>
      {block.type === 'chart' && !textOnly && (
        <div style={{ gridColumn: '1 / -1' }}>
          <select aria-label={`${t('type.chart')} #${n}`} value={block.meta.chartId ?? ''} onChange={(e) => onChange({ ...block, meta: { chartId: e.target.value } })}>
            {charts.map((c) => (
              <option key={c.key} value={c.key}>
                {c.title} ({c.key})
              </option>
            ))}
          </select>
        </div>
      )}
      {block.type === 'image' && <ImageBlockMedia n={n} block={block} onChange={onChange} uiLocale={uiLocale} textOnly={textOnly} />}
      {block.type !== 'chart' &&
        EDITOR_LOCALES.map((locale) => {
          const textId = fieldId(index, locale, 'text');
          const secondId = fieldId(index, locale, 'attribution');
          const err = errors[`blocks.${index}.texts.${locale}.text`];
          const secondErr = errors[`blocks.${index}.texts.${locale}.attribution`];
          return (
            <div key={locale} lang={locale} className="block-locale" data-locale={locale}>
              <RichText
                id={textId}
                label={`#${n} ${localeName(locale)}`}
                locale={locale}
                value={block.texts[locale].text}
                onChange={(v) => setText(locale, 'text', v)}
                onFocus={onFocusField}
                figures={figures}
                invalid={!!err}
                describedBy={err ? `${textId}-error` : undefined}
                compact={block.type === 'heading'}
              />
              {second && (
                <input
                  id={secondId}
                  aria-label={`#${n} ${second} ${locale}`}
                  placeholder={second}
                  value={block.texts[locale].attribution}
                  onChange={(e) => setText(locale, 'attribution', e.target.value)}
                  maxLength={500}
                  aria-invalid={!!secondErr || undefined}
                  aria-describedby={secondErr ? `${secondId}-error` : undefined}
                />
              )}
              {err && (
                <span id={`${textId}-error`} className="field-error" role="alert">
                  {err}
                </span>
              )}
              {secondErr && (
                <span id={`${secondId}-error`} className="field-error" role="alert">
                  {secondErr}
                </span>
              )}
              <div className="block-meta">
                <TextCount markup={block.texts[locale].text} locale={locale} />
                {locale === 'zh-HK' && (
                  <PunctuationCheck
                    n={n}
                    texts={{ text: block.texts[locale].text, attribution: block.texts[locale].attribution }}
                    onFix={(fixed) => onChange({ ...block, texts: { ...block.texts, [locale]: { ...block.texts[locale], ...fixed } } })}
                  />
                )}
              </div>
              {translation && (
                <TranslationMark
                  locale={locale}
                  source={locale === 'zh-HK' ? 'en' : 'zh-HK'}
                  n={n}
                  state={translation.state[locale]}
                  change={translation.sources[locale]}
                  busy={confirming}
                  onConfirm={() => onConfirm(locale)}
                />
              )}
            </div>
          );
        })}
    </div>
  );
}
