import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { Island, lazyIsland } from '../../../components/island';
import type { Article } from '../../../domain/article/types';
import { highlightIdsAt, highlightIdsAtEvent, highlightTarget } from '../../../dom/paint';
import { HIGHLIGHT_HINT_ID } from '../hooks/useHighlightPaints';
import { useIsClient } from '../../../components/useIsClient';
import { isTextInput } from '../../../dom/textInput';
import { useT } from '../../../lib/i18n';
import '../../../styles/annotation-colors.css';
import '../highlights.css';

// The toolbar, shortcuts, editor and notices load after the text: reading needs none of them.
const HighlightToolsImpl = lazyIsland(() => import('./HighlightToolsImpl'));

/** What the reader asked of the tools before their code was here, for them to do once they mount. */
export interface EarlyRequest {
  /** A highlight clicked (or Enter pressed on) meanwhile: its editor opens. */
  open: { ids: string[]; from: HTMLElement | null } | null;
  /** `h` or `n` pressed on a selection meanwhile: the selection is highlighted or noted. */
  key: 'h' | 'n' | null;
}

/** `h`/`n` with a selection in the article and no modifier, outside any text field. */
function earlyShortcut(e: KeyboardEvent, body: HTMLElement): 'h' | 'n' | null {
  if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key !== 'h' && key !== 'n') return null;
  if (isTextInput(document.activeElement)) return null;
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  return body.contains(sel.getRangeAt(0).commonAncestorContainer) ? key : null;
}

/**
 * Everything around the reader's own highlights in the article body: the toolbar beside a
 * selection (mouse, touch or shift+arrows), the shortcuts (h, n, Ctrl+Z, Ctrl+Shift+Z), the note
 * editor (click a highlight, or Enter on its focused first segment) and the notice line.
 */
export function HighlightTools(props: { article: Article; bodyRef: RefObject<HTMLDivElement | null> }) {
  const client = useIsClient();
  const t = useT();
  const { bodyRef } = props;
  // Highlights are painted as soon as the notes are read, maybe before the tools' code is here:
  // a click (or Enter) on one meanwhile is kept, and the tools open its editor once they mount.
  // So is `h` or `n` pressed on a selection: a key the reader pressed is never dropped.
  const early = useRef<EarlyRequest['open']>(null);
  const earlyKey = useRef<'h' | 'n' | null>(null);
  // Whether a mouse button or finger is down, known before the tools are: a drag that began earlier
  // is finished (and its selection snapped on screen) by the tools when it ends.
  const pointerDown = useRef(false);
  useEffect(() => {
    if (!client) return;
    const down = () => void (pointerDown.current = true);
    const up = () => void (pointerDown.current = false);
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
    };
  }, [client]);
  const isPointerDown = useCallback(() => pointerDown.current, []);
  const toolsReady = useRef(false);
  useEffect(() => {
    const body = bodyRef.current;
    if (!client || !body) return;
    const onClick = (e: MouseEvent) => {
      if (toolsReady.current) return;
      const ids = highlightIdsAtEvent(body, e);
      const sel = document.getSelection();
      if (ids.length > 0 && (!sel || sel.isCollapsed)) early.current = { ids, from: e.target instanceof HTMLElement ? e.target : null };
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (toolsReady.current || (e.key !== 'Enter' && e.key !== ' ') || e.ctrlKey || e.metaKey || e.altKey) return;
      const el = highlightTarget(e.target, body);
      if (el && el === e.target) {
        e.preventDefault();
        early.current = { ids: highlightIdsAt(el), from: el };
      }
    };
    const onShortcut = (e: KeyboardEvent) => {
      if (toolsReady.current) return;
      const key = earlyShortcut(e, body);
      if (!key) return;
      e.preventDefault();
      earlyKey.current = key;
    };
    body.addEventListener('click', onClick);
    body.addEventListener('keydown', onKeyDown);
    document.addEventListener('keydown', onShortcut);
    return () => {
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keydown', onShortcut);
    };
  }, [client, bodyRef]);
  const takeEarly = useCallback((): EarlyRequest => {
    toolsReady.current = true;
    const request = { open: early.current, key: earlyKey.current };
    early.current = null;
    earlyKey.current = null;
    return request;
  }, []);

  return (
    <>
      <span id={HIGHLIGHT_HINT_ID} hidden>
        {t('hl.hint')}
      </span>
      {client && (
        <Island what="highlightTools" onRetry={HighlightToolsImpl.retry} variant="toast">
          <HighlightToolsImpl {...props} takeEarly={takeEarly} isPointerDown={isPointerDown} />
        </Island>
      )}
    </>
  );
}
