import { storageErrorText, useColorNames, useFormat, useLang, useT } from '../../lib/i18n';
import type { MessageKey, Translate } from '../../domain/i18n';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { failedModuleUrl, reloadable } from '../../lib/reloadable';
import { isStorageError } from '../../storage/errors';
import { copyText, downloadText } from './download';
import type { ExportFormat, ExportScope } from './fileNames';
import './notes.css';

/**
 * "Xuất": a menu button (WAI-ARIA APG menu button pattern) with the three file formats and
 * "Sao chép Markdown". The export code (formatters, anchoring) loads only when a choice is made.
 * The outcome — file name, "Đã sao chép", nothing to export, an error — is announced in a status line.
 */
interface Choice {
  key: ExportFormat | 'copy';
  label: MessageKey;
}

const CHOICES: readonly Choice[] = [
  { key: 'md', label: 'export.format.md' },
  { key: 'json', label: 'export.format.json' },
  { key: 'csv', label: 'export.format.csv' },
  { key: 'copy', label: 'export.copy' },
];

type Status = { tone: 'info' | 'ok' | 'error'; text: string } | null;

const loadExport = reloadable(() => import('./export/buildExport'));

function failure(t: Translate, e: unknown): string {
  if (isStorageError(e)) return t('export.failed.storage', { reason: storageErrorText(t, e) });
  if (failedModuleUrl(e)) return t('export.failed.code');
  return t('export.failed.other');
}

const EDGE = 8;

/**
 * Places a popover (menu, status bubble) under the button with fixed coordinates, so a scrolling
 * or clipping container around the button (the reader's aside, the notes sheet) never cuts it off:
 * aligned with the button's right edge (or left, `align: 'start'`) and kept inside the viewport.
 */
function useAnchoredPosition(
  anchor: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
  active: boolean,
  align: 'start' | 'end',
  /** Changes when the popover's content does (its width with it). */
  contentKey?: string,
): CSSProperties | undefined {
  const [style, setStyle] = useState<CSSProperties>();
  useLayoutEffect(() => {
    if (!active) return;
    let frame = 0;
    const place = () => {
      const a = anchor.current?.getBoundingClientRect();
      const el = popover.current;
      if (!a || !el) return;
      const vw = document.documentElement.clientWidth || window.innerWidth;
      const width = Math.min(el.offsetWidth, vw - 2 * EDGE);
      const wanted = align === 'end' ? a.right - width : a.left;
      const left = Math.max(EDGE, Math.min(wanted, vw - width - EDGE));
      setStyle((old) => (old?.top === a.bottom + 4 && old?.left === left ? old : { position: 'fixed', top: a.bottom + 4, left, right: 'auto' }));
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', schedule, true);
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, true);
      window.removeEventListener('resize', schedule);
    };
  }, [anchor, popover, active, align, contentKey]);
  return active ? style : undefined;
}

export interface ExportMenuProps {
  scope: ExportScope;
  /** Class for the trigger button (to match its surroundings). */
  buttonClassName?: string;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
}

export function ExportMenu({ scope, buttonClassName = 'nx-button', align = 'end' }: ExportMenuProps) {
  const id = useId();
  const client = useQueryClient();
  const lang = useLang();
  const colorNames = useColorNames();
  const tr = useT();
  const fmt = useFormat().number;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  /** Which item gets focus once the menu is open: first or last (keyboard), or the first (click). */
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === 'last' ? list[list.length - 1] : list[0])?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, close]);

  // The message goes when the reader clicks or taps elsewhere.
  const hasStatus = status !== null && !busy;
  useEffect(() => {
    if (!hasStatus) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setStatus(null);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [hasStatus]);

  // A success message also fades after a while; errors and "nothing to export" stay until then.
  useEffect(() => {
    if (status?.tone !== 'ok') return;
    const t = setTimeout(() => setStatus(null), 8000);
    return () => clearTimeout(t);
  }, [status]);

  const menuStyle = useAnchoredPosition(buttonRef, menuRef, open, align);
  const statusStyle = useAnchoredPosition(buttonRef, statusRef, !open && status !== null, align, status?.text);

  const run = async (key: Choice['key']) => {
    close(true);
    setBusy(true);
    setStatus({ tone: 'info', text: tr(key === 'copy' ? 'export.preparingCopy' : 'export.preparingFile') });
    try {
      const { buildExport } = await loadExport();
      const result = await buildExport(client, scope, key === 'copy' ? 'md' : key, new Date(), { lang, colorNames });
      if (result.kind === 'empty') {
        setStatus({ tone: 'info', text: tr('export.empty') });
        return;
      }
      const skipped = result.unreadable > 0 ? ` ${tr('export.skipped', { n: fmt(result.unreadable) })}` : '';
      if (key === 'copy') {
        const ok = await copyText(result.text);
        setStatus(
          ok
            ? { tone: 'ok', text: `${tr('export.copied', { n: fmt(result.count) })}${skipped}` }
            : { tone: 'error', text: tr('export.copyRefused') },
        );
        return;
      }
      downloadText(result.filename, result.text, result.mime);
      setStatus({ tone: 'ok', text: `${tr('export.downloaded', { file: result.filename, n: fmt(result.count) })}${skipped}` });
    } catch (e) {
      console.error('[notes] export failed', e);
      setStatus({ tone: 'error', text: failure(tr, e) });
    } finally {
      setBusy(false);
    }
  };

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (busy) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusOnOpen.current = e.key === 'ArrowUp' ? 'last' : 'first';
      setOpen(true);
    }
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(list.length - 1);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        return close(true);
      case 'Tab':
        return close(false);
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          // Type-ahead: the next item starting with that letter.
          const k = e.key.toLocaleLowerCase(lang);
          const order = [...list.slice(at + 1), ...list.slice(0, at + 1)];
          const hit = order.find((b) => (b.textContent ?? '').trim().toLocaleLowerCase(lang).startsWith(k));
          if (hit) {
            e.preventDefault();
            hit.focus();
          }
        }
    }
  };

  return (
    <div className="nx-export" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        className={buttonClassName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (busy) return;
          focusOnOpen.current = 'first';
          setStatus(null);
          setOpen((o) => !o);
        }}
        onKeyDown={onButtonKeyDown}
      >
        {tr('export.button')}
        <span aria-hidden="true" className="nx-caret">
          ▾
        </span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="nx-menu"
          style={menuStyle}
          onKeyDown={onMenuKeyDown}
        >
          {CHOICES.map((c) => (
            <li key={c.key} role="none" className={c.key === 'copy' ? 'nx-menu-sep' : undefined}>
              <button type="button" role="menuitem" tabIndex={-1} className="nx-menu-item" onClick={() => void run(c.key)}>
                {tr(c.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div ref={statusRef} role="status" className="nx-export-status" data-tone={status?.tone} style={statusStyle}>
        {status && <p className="nx-export-message">{status.text}</p>}
      </div>
    </div>
  );
}
