'use client';
// The side-by-side editor: headline fields and aligned blocks in zh-HK and English,
// figure references from a picker, autosave with conflict detection, and a live preview
// that is the public renderer itself (the draft-mode article page in a frame).
import { useTranslations } from 'next-intl';
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { confirmTranslationAction, savePieceAction } from '@/app/admin/actions/pieces';
import type { TranslationView } from '@/lib/pieces/translation-sources';
import { BlockInserter } from './block-inserter.client';
import { BlockRow } from './block-row.client';
import { EDITOR_LOCALES, emptyBlock, type ChartOption, type EditorBlock, type EditorContent, type FieldErrors, type FigureOption, type UiLocale } from './editor-types';
import { ErrorSummary } from './error-summary.client';
import { FigurePicker } from './figure-picker.client';
import { PieceCounts } from './piece-counts.client';
import { PreviewFrame } from './preview-frame.client';
import type { RichTextHandle } from './rich-text.client';
import { UndoRemove } from './undo-remove.client';
import { PublishPanel, type PublishInfo } from './publish-panel.client';
import { TranslationNoteToggle } from './translation-note-toggle.client';
import { TranslationSummary } from './translation-summary.client';
import { useAutosave } from './use-autosave';

interface Props {
  pieceId: string;
  initialVersion: number;
  initial: EditorContent;
  figures: FigureOption[];
  charts: ChartOption[];
  uiLocale: UiLocale;
  publish: PublishInfo | null;
  isPublic: boolean;
  /** Translators edit text only: no slug, no adding, removing, moving or retyping blocks. */
  textOnly: boolean;
  initialTranslation: TranslationView;
  /** The reader note setting, for those who may publish. */
  translationNote: boolean | null;
  /** The lead-image slot (components/admin/lead-image-slot.client.tsx), for those who may place photos. */
  leadImageSlot?: React.ReactNode;
}

export function PieceEditor({
  pieceId,
  initialVersion,
  initial,
  figures,
  charts,
  uiLocale,
  publish,
  isPublic,
  textOnly,
  initialTranslation,
  translationNote,
  leadImageSlot,
}: Props) {
  const t = useTranslations('Admin.editor');
  const te = useTranslations('Admin.errors');
  const [content, setContent] = useState(initial);
  const [version, setVersion] = useState(initialVersion);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error' | 'conflict'; text: string } | null>(null);
  const [previewLocale, setPreviewLocale] = useState<UiLocale>(uiLocale);
  const [translation, setTranslation] = useState(initialTranslation);
  const [confirming, setConfirming] = useState(false);
  const [onlyNeedsTranslation, setOnlyNeedsTranslation] = useState(false);
  const focus = useRef<RichTextHandle | null>(null);
  const [following, setFollowing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ block: EditorBlock; index: number } | null>(null);
  const versionRef = useRef(version);

  const save = useCallback(
    async (value: EditorContent) => {
      let result: Awaited<ReturnType<typeof savePieceAction>>;
      try {
        result = await savePieceAction({ pieceId, baseVersion: versionRef.current, ...value });
      } catch {
        // Network failure or a request over the server's size limit: keep the text, say so.
        setMessage({ kind: 'error', text: te('failed') });
        return 'error' as const;
      }
      if (result.ok) {
        // The next save may start before React re-renders (a publish right after an
        // autosave), so it must already build on this version.
        versionRef.current = result.data.version;
        setVersion(result.data.version);
        setTranslation(result.data.translation);
        // Blocks the server gave ids to keep them from now on (the editor names new ones itself).
        const ids = result.data.blockIds;
        setContent((c) => (c.blocks.length === ids.length && c.blocks.some((b, i) => b.id !== ids[i]) ? { ...c, blocks: c.blocks.map((b, i) => ({ ...b, id: ids[i]! })) } : c));
        setErrors({});
        setMessage({ kind: 'ok', text: result.message ?? '' });
        return 'ok' as const;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage({ kind: result.error === 'conflict' ? 'conflict' : 'error', text: result.message });
      return result.error === 'conflict' ? ('conflict' as const) : ('error' as const);
    },
    [pieceId, te],
  );
  const autosave = useAutosave(content, save, t('leaveWarning'));
  const flush = autosave.flush;

  const setField = (locale: UiLocale, field: keyof EditorContent['texts']['en'], value: string) =>
    setContent((c) => ({ ...c, texts: { ...c.texts, [locale]: { ...c.texts[locale], [field]: value } } }));
  const setBlocks = (blocks: EditorContent['blocks']) => setContent((c) => ({ ...c, blocks }));
  const move = (i: number, delta: -1 | 1) => {
    const j = i + delta;
    const blocks = [...content.blocks];
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
    setBlocks(blocks);
  };
  const insertFigure = (key: string) => focus.current?.insertFigure(key);
  const insertBlock = (at: number, type: EditorBlock['type']) => {
    const block = emptyBlock(type);
    if (type === 'chart') block.meta = { chartId: charts[0]?.key };
    setBlocks([...content.blocks.slice(0, at), block, ...content.blocks.slice(at)]);
  };
  const removeBlock = (i: number) => {
    setRemoved({ block: content.blocks[i]!, index: i });
    setBlocks(content.blocks.filter((_, j) => j !== i));
  };
  const undoRemove = () => {
    if (!removed) return;
    // The block comes back with its lasting id, so its anchor and history stay its own.
    const blocks = [...content.blocks];
    blocks.splice(Math.min(removed.index, blocks.length), 0, removed.block);
    setBlocks(blocks);
    setRemoved(null);
  };

  // Ctrl/Cmd+S saves now, wherever the focus is.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void flush();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [flush]);

  // Unsaved text first, so the confirmation builds on what the translator sees.
  const confirm = async (blockId: string, locale: UiLocale) => {
    setConfirming(true);
    try {
      if ((await autosave.flush()) !== 'ok') return;
      const result = await confirmTranslationAction({ pieceId, baseVersion: versionRef.current, blockId, locale });
      if (result.ok) {
        versionRef.current = result.data.version;
        setVersion(result.data.version);
        setTranslation(result.data.translation);
        setMessage({ kind: 'ok', text: result.message ?? '' });
      } else setMessage({ kind: result.error === 'conflict' ? 'conflict' : 'error', text: result.message });
    } catch {
      setMessage({ kind: 'error', text: te('failed') });
    } finally {
      setConfirming(false);
    }
  };
  const rowTranslation = (id: string) => {
    const info = translation.blocks.find((b) => b.id === id);
    if (!info) return undefined;
    return { state: info.state, sources: { 'zh-HK': translation.sources[`${id}:zh-HK`], en: translation.sources[`${id}:en`] } };
  };
  const needsTranslation = (id: string) => EDITOR_LOCALES.some((l) => (rowTranslation(id)?.state[l] ?? 'fresh') !== 'fresh');
  const counts = EDITOR_LOCALES.map((l) => ({
    locale: l,
    stale: translation.blocks.filter((b) => b.state[l] === 'stale').length,
    missing: translation.blocks.filter((b) => b.state[l] === 'missing').length,
  }));

  const status = autosave.state === 'saving' ? t('saving') : autosave.state === 'saved' ? t('saved', { version }) : autosave.state === 'dirty' ? t('unsaved') : null;

  const localeName = (l: UiLocale) => (l === 'zh-HK' ? t('zh') : t('en'));
  const follow = (block: EditorBlock) => (handle: RichTextHandle) => {
    focus.current = handle;
    setFollowing(block.id);
  };

  return (
    <>
      <div className="editor-bar" role="region" aria-label={t('rich.bar')}>
        <div className="toolbar">
          <button type="button" onClick={() => void flush()} disabled={autosave.state === 'saving' || autosave.state === 'conflict'} title={t('rich.saveKey')}>
            {t('save')}
          </button>
          <span role="status" aria-live="polite" className="muted" data-save-state={autosave.state}>
            {status}
          </span>
          <PieceCounts content={content} />
        </div>
        <FigurePicker figures={figures} uiLocale={uiLocale} onInsert={insertFigure} />
      </div>
      <div className="editor-layout">
        <div>
          <ErrorSummary errors={errors} blocks={content.blocks.length} localeName={localeName} />
          {isPublic && <p className="notice">{t('liveNotice')}</p>}
          {textOnly && <p className="notice">{t('textOnlyNote')}</p>}
          <p className="muted">{t('autosaveNote')}</p>
          {message && message.kind !== 'ok' && (
            <div role="alert" className={message.kind === 'conflict' ? 'notice' : 'error'} data-testid="save-error">
              <p>{message.text}</p>
              {message.kind === 'conflict' && (
                <button type="button" className="secondary" onClick={() => window.location.reload()}>
                  {t('reload')}
                </button>
              )}
            </div>
          )}
          <label>
            {t('slug')}
            <input
              id="field-slug"
              value={content.slug}
              onChange={(e) => setContent((c) => ({ ...c, slug: e.target.value }))}
              maxLength={80}
              aria-invalid={!!errors.slug}
              readOnly={textOnly}
            />
            {errors.slug && <span className="field-error">{errors.slug}</span>}
          </label>
          <div className="editor-grid" style={{ marginTop: '1rem' }}>
            {EDITOR_LOCALES.map((locale) => (
              <div key={locale} lang={locale} className="stack" style={{ maxWidth: 'none' }}>
                <div className="col-head">{localeName(locale)}</div>
                {(['title', 'standfirst', 'seoTitle', 'seoDescription'] as const).map((field) => {
                  const key = `texts.${locale}.${field}`;
                  const common = {
                    id: `field-${locale}-${field}`,
                    'aria-label': `${t(field === 'title' ? 'headline' : field)} · ${localeName(locale)}`,
                    'aria-invalid': !!errors[key] || undefined,
                    value: content.texts[locale][field],
                  };
                  return (
                    <label key={field}>
                      {t(field === 'title' ? 'headline' : field)}
                      {field === 'standfirst' || field === 'seoDescription' ? (
                        <textarea {...common} onChange={(e) => setField(locale, field, e.target.value)} rows={3} maxLength={field === 'standfirst' ? 600 : 320} />
                      ) : (
                        <input {...common} onChange={(e) => setField(locale, field, e.target.value)} maxLength={field === 'title' ? 200 : 120} />
                      )}
                      {errors[key] && <span className="field-error">{errors[key]}</span>}
                    </label>
                  );
                })}
              </div>
            ))}
          </div>
          <h2>{t('blocks')}</h2>
          <TranslationSummary counts={counts} only={onlyNeedsTranslation} onToggle={setOnlyNeedsTranslation} />
          {errors.blocks && <p className="field-error">{errors.blocks}</p>}
          {removed && <UndoRemove n={removed.index + 1} onUndo={undoRemove} onDismiss={() => setRemoved(null)} />}
          <div className="editor-grid">
            {!textOnly && <BlockInserter after={0} onInsert={(type) => insertBlock(0, type)} />}
            {content.blocks.map((block, i) => (
              <Fragment key={block.id}>
                <BlockRow
                  index={i}
                  textOnly={textOnly}
                  count={content.blocks.length}
                  block={block}
                  errors={errors}
                  onChange={(b) => setBlocks(content.blocks.map((x, j) => (j === i ? b : x)))}
                  onMove={(d) => move(i, d)}
                  onRemove={() => removeBlock(i)}
                  onFocusField={follow(block)}
                  charts={charts}
                  figures={figures}
                  translation={rowTranslation(block.id)}
                  confirming={confirming}
                  onConfirm={(locale) => void confirm(block.id, locale)}
                  hidden={onlyNeedsTranslation && !needsTranslation(block.id)}
                  uiLocale={uiLocale}
                />
                {!textOnly && i < content.blocks.length - 1 && <BlockInserter after={i + 1} onInsert={(type) => insertBlock(i + 1, type)} />}
              </Fragment>
            ))}
          </div>
          {!textOnly && (
            <div className="toolbar">
              <button type="button" className="secondary" onClick={() => setBlocks([...content.blocks, emptyBlock()])}>
                {t('addBlock')}
              </button>
            </div>
          )}
        </div>
        <aside className="side-panel">
          {publish && (
            <div className="publish-dock">
              <PublishPanel info={publish} beforePublish={flush} savedVersion={version} />
            </div>
          )}
          {translationNote !== null && <TranslationNoteToggle pieceId={pieceId} initial={translationNote} />}
          {leadImageSlot}
          <div className="card">
            <div className="toolbar">
              <strong>{t('livePreview')}</strong>
              {EDITOR_LOCALES.map((l) => (
                <button key={l} type="button" className={l === previewLocale ? '' : 'secondary'} onClick={() => setPreviewLocale(l)} aria-pressed={l === previewLocale}>
                  {l === 'zh-HK' ? t('previewZh') : t('previewEn')}
                </button>
              ))}
            </div>
            <PreviewFrame
              key={previewLocale}
              title={t('livePreview')}
              src={`/api/preview?piece=${encodeURIComponent(pieceId)}&locale=${previewLocale}&v=${version}`}
              follow={following}
            />
            <p className="muted">
              <a href={`/api/preview?piece=${encodeURIComponent(pieceId)}&locale=zh-HK`} target="_blank" rel="noreferrer">
                {t('previewZh')}
              </a>{' '}
              ·{' '}
              <a href={`/api/preview?piece=${encodeURIComponent(pieceId)}&locale=en`} target="_blank" rel="noreferrer">
                {t('previewEn')}
              </a>{' '}
              · <a href={`/admin/pieces/${pieceId}/history`}>{t('history')}</a>
            </p>
          </div>
        </aside>
      </div>
    </>
  );
}
