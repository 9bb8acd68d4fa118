import { useEffect, useId, useRef, useState } from 'react';
import { ENTITY_TYPES } from '../../domain/article/types';
import { LANGUAGES } from '../../domain/i18n/languages';
import { useLang, useSetLanguage, useT } from '../../lib/i18n';
import { LINE_WIDTHS, TEXT_SIZES, THEMES } from '../../prefs/model';
import { useAppStore, usePagePrefs } from '../../stores/store';
import './preferences.css';


/**
 * The "Aa" menu: text size (5 steps), line width (3), theme, which entity types are marked,
 * "focus on people" and the interface language. Every choice applies at once and is remembered (the store persists it and the
 * boot script in <head> applies it before the next first paint). Escape or a click outside closes.
 */
export function PreferencesMenu() {
  const [open, setOpen] = useState(false);
  const prefs = usePagePrefs();
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const s = useAppStore.getState;
  const t = useT();
  const lang = useLang();
  const setLanguage = useSetLanguage();

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
        aria-label={t('prefs.button')}
        title={t('prefs.button')}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      {open && (
        <div ref={panelRef} id={`${id}-panel`} className="prefs-panel" role="group" aria-label={t('prefs.button')}>
          <fieldset className="prefs-row">
            <legend>{t('prefs.size')}</legend>
            <div className="prefs-choices prefs-sizes">
              {TEXT_SIZES.map((n) => (
                <label key={n} className="prefs-choice">
                  <input type="radio" name={`${id}-size`} checked={prefs.textSize === n} onChange={() => s().setTextSize(n)} />
                  <span aria-hidden="true">A</span>
                  <span className="sr-only">{t('prefs.sizeStep', { n })}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="prefs-row">
            <legend>{t('prefs.width')}</legend>
            <div className="prefs-choices">
              {LINE_WIDTHS.map((w) => (
                <label key={w} className="prefs-choice">
                  <input type="radio" name={`${id}-width`} checked={prefs.lineWidth === w} onChange={() => s().setLineWidth(w)} />
                  <span>{t(`prefs.width.${w}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="prefs-row">
            <legend>{t('prefs.theme')}</legend>
            <div className="prefs-choices">
              {THEMES.map((th) => (
                <label key={th} className="prefs-choice">
                  <input type="radio" name={`${id}-theme`} checked={prefs.theme === th} onChange={() => s().setTheme(th)} />
                  <span>{t(`prefs.theme.${th}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="prefs-row">
            <legend>{t('prefs.marks')}</legend>
            <div className="prefs-checks">
              {ENTITY_TYPES.map((type) => (
                <label key={type} className="prefs-check">
                  <input type="checkbox" checked={prefs.visibleTypes[type]} onChange={() => s().toggleType(type)} />
                  <span className="prefs-swatch" data-type={type} aria-hidden="true">
                    Aa
                  </span>
                  <span>{t(`entity.type.${type}`)}</span>
                </label>
              ))}
              <label className="prefs-check">
                <input type="checkbox" checked={prefs.focusPeople} onChange={(e) => s().setFocusPeople(e.target.checked)} />
                <span>{t('prefs.focusPeople')}</span>
              </label>
            </div>
          </fieldset>
          <fieldset className="prefs-row">
            <legend>{t('lang.label')}</legend>
            <div className="prefs-choices">
              {LANGUAGES.map((l) => (
                <label key={l} className="prefs-choice" lang={l}>
                  <input type="radio" name={`${id}-lang`} checked={lang === l} onChange={() => setLanguage(l)} />
                  <span>{t(`lang.${l}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      )}
    </div>
  );
}
