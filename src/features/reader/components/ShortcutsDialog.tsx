import { useId, useRef } from 'react';
import { useModalDialog } from '../../../components/useModalDialog';
import type { MessageKey } from '../../../domain/i18n/t';
import { useT } from '../../../lib/i18n';

type Row = readonly [keys: readonly (readonly string[])[], what: MessageKey];

/** Every shortcut of the reader, by what it is for; each key combination is a list of key caps. */
const GROUPS: readonly (readonly [MessageKey, readonly Row[]])[] = [
  [
    'keys.group.read',
    [
      [[['Tab']], 'keys.tab'],
      [[['↑'], ['↓']], 'keys.paragraph'],
      [[['Home'], ['End']], 'keys.firstLast'],
    ],
  ],
  [
    'keys.group.select',
    [
      [[['S']], 'keys.sentence'],
      [[['Shift', 'S']], 'keys.sentenceBack'],
      [[['→'], ['←']], 'keys.word'],
      [[['Shift', '↓'], ['Shift', '↑']], 'keys.sentenceGrow'],
    ],
  ],
  [
    'keys.group.highlight',
    [
      [[['H']], 'keys.h'],
      [[['N']], 'keys.n'],
      [[['Ctrl', 'Enter']], 'keys.saveNote'],
      [[['Tab']], 'keys.toolbar'],
      [[['J'], ['K']], 'keys.jk'],
      [[['Enter']], 'keys.enter'],
      [[['Ctrl', 'Z'], ['Ctrl', 'Shift', 'Z']], 'keys.undo'],
    ],
  ],
  [
    'keys.group.general',
    [
      [[['?']], 'keys.help'],
      [[['Esc']], 'keys.escape'],
      [[['T']], 'keys.add'],
    ],
  ],
];

/** The `?` list: a modal dialog; Escape, the close button or a click outside closes it. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, onClose);
  return (
    <dialog
      ref={ref}
      className="keys-dialog"
      aria-labelledby={`${id}-title`}
      onClick={(e) => {
        if (e.target === ref.current) ref.current.close(); // the backdrop: the content fills the box
      }}
    >
      <div className="keys-inner">
        <div className="keys-head">
          <h2 id={`${id}-title`}>{t('keys.title')}</h2>
          <button type="button" className="keys-close" onClick={() => ref.current?.close()} autoFocus>
            {t('keys.close')}
          </button>
        </div>
        {GROUPS.map(([group, rows]) => (
          <section key={group} className="keys-group" aria-labelledby={`${id}-${group}`}>
            <h3 id={`${id}-${group}`}>{t(group)}</h3>
            <dl>
              {rows.map(([combos, what]) => (
                <div key={what} className="keys-row">
                  <dt>
                    {combos.map((caps, k) => (
                      <span key={k} className="keys-combo">
                        {caps.map((cap, c) => (
                          <kbd key={c}>{cap}</kbd>
                        ))}
                      </span>
                    ))}
                  </dt>
                  <dd>{t(what)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
