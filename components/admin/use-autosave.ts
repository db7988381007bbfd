'use client';
// Saves the working copy a moment after the last change, one save at a time, and warns
// before leaving with changes that are not saved yet.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

export function useAutosave<T>(value: T, save: (value: T) => Promise<'ok' | 'error' | 'conflict'>, leaveWarning: string, delayMs = 2000) {
  const [state, setState] = useState<SaveState>('saved');
  const edits = useRef(0);
  const savedEdit = useRef(0);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const latest = useRef(value);
  const first = useRef(true);
  // Declared first, so it runs before the effects below in every commit; a save then sends what was rendered.
  useEffect(() => {
    latest.current = value;
  }, [value]);

  const flush = useCallback(async (): Promise<'ok' | 'error' | 'conflict'> => {
    if (inFlight.current) await inFlight.current;
    if (edits.current === savedEdit.current) return 'ok';
    const edit = edits.current;
    setState('saving');
    const run = save(latest.current);
    inFlight.current = run;
    const result = await run;
    inFlight.current = null;
    if (result === 'ok') {
      savedEdit.current = edit;
      setState(edits.current === edit ? 'saved' : 'dirty');
    } else setState(result);
    return result;
  }, [save]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    edits.current++;
    setState((s) => (s === 'conflict' ? s : 'dirty'));
  }, [value]);

  useEffect(() => {
    if (state !== 'dirty') return;
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
  }, [state, value, flush, delayMs]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (edits.current !== savedEdit.current) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    // In-app links navigate without unloading the page, so they are asked too.
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      // Links within the page (the error summary's) leave nothing behind.
      if (!link || link.getAttribute('target') === '_blank' || link.getAttribute('href')?.startsWith('#') || edits.current === savedEdit.current) return;
      if (!window.confirm(leaveWarning)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', onClick, true);
    };
  }, [leaveWarning]);

  return { state, flush, unsaved: state === 'dirty' || state === 'saving' || state === 'error' || state === 'conflict' };
}
