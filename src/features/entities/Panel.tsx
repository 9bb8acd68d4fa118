import { useCallback, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { ENTITY_TYPES, type Article } from '../../domain/article/types';
import { useModalDialog } from '../../components/useModalDialog';
import { scrollIntoViewCentered } from '../../dom/motion';
import { useFlash } from '../../stores/store';
import { useSidePanelSheet } from '../../stores/useSidePanelSheet';
import { articleBodyElement } from '../../dom/paint';
import { FLASH_PREFIX, firstMentionElement, focusQuietly } from './dom';
import { useT } from '../../lib/i18n';
import { entityModel, type EntityGroup } from './model';
import './entities.css';

/**
 * Entries shown per section until the reader asks for the rest: a 200,000-character article has
 * ~750 distinct entities, and rendering them all at once laid out 10,000 boxes in one task (traced:
 * 50–140 ms, right when the reader's highlights were being painted).
 */
export const SECTION_LIMIT = 30;


/**
 * "Trong bài này": every distinct person, organisation, figure, date and document once, with how
 * often it is mentioned. Activating an entry scrolls to its first mention and flashes it; activating
 * it again moves on to the next mention. Inline in the aside on wide screens, a sheet on narrow ones.
 */
export default function Panel({ article }: { article: Article }) {
  const { open, close } = useSidePanelSheet('entities');
  const sheetRef = useRef<HTMLDialogElement>(null);
  const closeSheet = useCallback(() => sheetRef.current?.close(), []);


  return (
    <>
      <PanelContent article={article} className="ent-panel ent-panel-inline" />
      {open && (
        <Sheet dialogRef={sheetRef} onClose={close}>
          <PanelContent article={article} className="ent-panel" beforeJump={closeSheet} />
        </Sheet>
      )}
    </>
  );
}

function Sheet({
  dialogRef,
  onClose,
  children,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  onClose: () => void;
  children: ReactNode;
}) {
  useModalDialog(dialogRef, onClose);
  const t = useT();
  return (
    <dialog
      ref={dialogRef}
      className="ent-sheet"
      aria-label={t('entity.inArticle')}
      onClick={(e) => {
        // A click on the backdrop (outside the sheet's box) puts the sheet away.
        const r = e.currentTarget.getBoundingClientRect();
        const outside = e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom;
        if (e.target === e.currentTarget && outside) e.currentTarget.close();
      }}
    >
      <div className="ent-sheet-bar">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {t('entity.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}

function PanelContent({
  article,
  className,
  beforeJump,
}: {
  article: Article;
  className: string;
  beforeJump?: () => void;
}) {
  const id = useId();
  const t = useT();
  const model = entityModel(article);
  const flash = useFlash();
  const cursor = useRef(new Map<string, number>());
  const [status, setStatus] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());

  const jump = (g: EntityGroup) => {
    const n = g.mentions.length;
    const k = ((cursor.current.get(g.id) ?? -1) + 1) % n;
    cursor.current.set(g.id, k);
    const m = g.mentions[k]!;
    beforeJump?.();
    const body = articleBodyElement(article.id);
    const el = body && firstMentionElement(body, m);
    if (el) {
      scrollIntoViewCentered(el);
      // From the sheet, focus follows the reader to the text; in the aside it stays for the next click.
      if (beforeJump) focusQuietly(el);
      flash(`${FLASH_PREFIX}${m}`);
    } else {
      // Its type is hidden: bring its paragraph into view instead.
      const block = body?.querySelector(`[data-block="${article.entities[m]!.block}"]`);
      if (block) scrollIntoViewCentered(block);
    }
    setStatus(t('entity.jumpStatus', { label: g.label, k: k + 1, n }));
  };

  return (
    <section className={className} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="ent-panel-title">
        {t('entity.inArticle')}
      </h2>
      {ENTITY_TYPES.map((type) => {
        const groups = model.byType[type];
        if (groups.length === 0) return null;
        const hid = `${id}-${type}`;
        return (
          <div key={type} className="ent-panel-section">
            <h3 id={hid} className="ent-panel-heading">
              <span className="ent-swatch ent-swatch-small" data-type={type} aria-hidden="true" />
              {t(`entity.section.${type}`)}
              <span className="ent-panel-n"> ({groups.length})</span>
            </h3>
            <ul className="ent-panel-list" aria-labelledby={hid}>
              {(expanded.has(type) ? groups : groups.slice(0, SECTION_LIMIT)).map((g) => (
                <li key={g.id}>
                  <button type="button" className="ent-panel-item" data-type={type} onClick={() => jump(g)}>
                    <span className="ent-panel-label">
                      <span className="ent-panel-name">{g.label}</span>
                      {g.role && <span className="ent-panel-role"> — {g.role}</span>}
                    </span>
                    <span className="ent-panel-count">
                      <span className="sr-only">, </span>
                      {g.mentions.length}
                      <span className="sr-only">{t('entity.times')}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {!expanded.has(type) && groups.length > SECTION_LIMIT && (
              <button
                type="button"
                className="ent-panel-more"
                onClick={(e) => {
                  const section = e.currentTarget.parentElement;
                  flushSync(() => setExpanded((old) => new Set(old).add(type)));
                  // The button is gone: focus moves on to the first entry it revealed.
                  section?.querySelectorAll<HTMLElement>('.ent-panel-item')[SECTION_LIMIT]?.focus();
                }}
              >
                {t('entity.showAll', { n: groups.length, type: t(`entity.section.${type}`) })}
              </button>
            )}
          </div>
        );
      })}
      <p className="sr-only" role="status">
        {status}
      </p>
    </section>
  );
}
