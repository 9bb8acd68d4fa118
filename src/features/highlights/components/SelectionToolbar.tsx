import { useRef, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../domain/notes/annotation';
import type { AnchorRect } from '../dom';
import { useColorNames, useT } from '../../../lib/i18n';
import { usePlacement } from './usePlacement';

interface Props {
  /** The selection's box now (page layout may have moved since it was made). */
  getAnchor: () => AnchorRect | null;
  /** Changes when the selection does, to place the toolbar again. */
  placementKey: unknown;
  /** Touch selections get the toolbar below (the system menu sits above). */
  prefer: 'above' | 'below';
  lastColor: HighlightColor;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
  onClose: () => void;
  toolbarRef: RefObject<HTMLDivElement | null>;
}

/**
 * The small bar beside a selection: five colours and "Ghi chú". One tab stop (arrow keys move
 * between buttons, Escape closes); mousedown is swallowed so clicking never drops the selection.
 */
export function SelectionToolbar({ getAnchor, placementKey, prefer, lastColor, onColor, onNote, onClose, toolbarRef }: Props) {
  const t = useT();
  const names = useColorNames();
  const current = useRef(0);
  usePlacement(toolbarRef, getAnchor, prefer, [placementKey, prefer]);

  const buttons = () => [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = buttons();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (at + 1) % list.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (at - 1 + list.length) % list.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (next < 0) return;
    e.preventDefault();
    list.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1));
    current.current = next;
    list[next]?.focus();
  };

  return createPortal(
    <div
      ref={toolbarRef}
      className="hl-toolbar"
      role="toolbar"
      aria-label={t('hl.toolbar')}
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={onKeyDown}
    >
      {HIGHLIGHT_COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          className={`hl-swatch hl-swatch-${color}`}
          aria-label={t('hl.paint', { hue: t(`hue.${color}`), name: names[color] })}
          title={`${t('hl.paint', { hue: t(`hue.${color}`), name: names[color] })}${color === lastColor ? ` ${t('hl.keyH')}` : ''}`}
          aria-keyshortcuts={color === lastColor ? 'h' : undefined}
          tabIndex={i === 0 ? 0 : -1}
          data-last={color === lastColor || undefined}
          onClick={() => onColor(color)}
        />
      ))}
      <button type="button" className="hl-toolbar-note" title={t('hl.noteKey')} aria-keyshortcuts="n" tabIndex={-1} onClick={onNote}>
        <span aria-hidden="true" className="hl-toolbar-note-icon">
          ✎
        </span>
        {t('hl.note')}
      </button>
    </div>,
    document.body,
  );
}
