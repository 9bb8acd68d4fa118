import { useEffect, useId, useRef, useState } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../domain/article/types';
import { LINE_WIDTHS, TEXT_SIZES, THEMES, type LineWidth, type Theme } from '../../prefs/model';
import { useAppStore, usePagePrefs } from '../../stores/store';
import './preferences.css';

const THEME_LABELS: Record<Theme, string> = { system: 'Theo máy', light: 'Sáng', sepia: 'Giấy ngà', dark: 'Tối' };
const WIDTH_LABELS: Record<LineWidth, string> = { narrow: 'Hẹp', normal: 'Vừa', wide: 'Rộng' };
const TYPE_LABELS: Record<EntityType, string> = {
  official: 'Quan chức',
  organization: 'Tổ chức',
  figure: 'Số liệu',
  date: 'Ngày tháng',
  document: 'Văn bản',
};

/**
 * The "Aa" menu: text size (5 steps), line width (3), theme, which entity types are marked, and
 * "focus on people". Every choice applies at once and is remembered (the store persists it and the
 * boot script in <head> applies it before the next first paint). Escape or a click outside closes.
 */
export function PreferencesMenu() {
  const [open, setOpen] = useState(false);
  const prefs = usePagePrefs();
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const s = useAppStore.getState;

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!panelRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown, true);
    };
  }, [open]);

  return (
    <div className="prefs">
      <button
        ref={buttonRef}
        type="button"
        className="prefs-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label="Tuỳ chọn hiển thị"
        title="Tuỳ chọn hiển thị"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      {open && (
        <div ref={panelRef} id={`${id}-panel`} className="prefs-panel" role="group" aria-label="Tuỳ chọn hiển thị">
          <fieldset className="prefs-row">
            <legend>Cỡ chữ</legend>
            <div className="prefs-choices prefs-sizes">
              {TEXT_SIZES.map((n) => (
                <label key={n} className="prefs-choice">
                  <input type="radio" name={`${id}-size`} checked={prefs.textSize === n} onChange={() => s().setTextSize(n)} />
                  <span aria-hidden="true">A</span>
                  <span className="sr-only">Cỡ {n} trên 5</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="prefs-row">
            <legend>Độ rộng dòng</legend>
            <div className="prefs-choices">
              {LINE_WIDTHS.map((w) => (
                <label key={w} className="prefs-choice">
                  <input type="radio" name={`${id}-width`} checked={prefs.lineWidth === w} onChange={() => s().setLineWidth(w)} />
                  <span>{WIDTH_LABELS[w]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="prefs-row">
            <legend>Giao diện</legend>
            <div className="prefs-choices">
              {THEMES.map((t) => (
                <label key={t} className="prefs-choice" data-theme-swatch={t}>
                  <input type="radio" name={`${id}-theme`} checked={prefs.theme === t} onChange={() => s().setTheme(t)} />
                  <span>{THEME_LABELS[t]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="prefs-row">
            <legend>Đánh dấu trong bài</legend>
            <div className="prefs-checks">
              {ENTITY_TYPES.map((t) => (
                <label key={t} className="prefs-check">
                  <input type="checkbox" checked={prefs.visibleTypes[t]} onChange={() => s().toggleType(t)} />
                  <span className="prefs-swatch" data-type={t} aria-hidden="true">
                    Aa
                  </span>
                  <span>{TYPE_LABELS[t]}</span>
                </label>
              ))}
              <label className="prefs-check">
                <input type="checkbox" checked={prefs.focusPeople} onChange={(e) => s().setFocusPeople(e.target.checked)} />
                <span>Làm nổi người trong bài</span>
              </label>
            </div>
          </fieldset>
        </div>
      )}
    </div>
  );
}
