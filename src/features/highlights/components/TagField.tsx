import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_TAGS, normalizeTag, tagKey } from '../../../domain/notes/tags';
import { completeTag } from '../../../domain/notes/notesView';
import { useT } from '../../../lib/i18n';

interface Props {
  tags: readonly string[];
  /** Tags already used anywhere, most used first (for completion). */
  used: readonly { tag: string }[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
}

/**
 * Tags of a highlight: one chip per tag with a remove button, and a box that adds a tag on Enter or
 * a comma, completing from the tags already used (the browser's list, diacritics optional).
 */
export function TagField({ tags, used, onChange, disabled }: Props) {
  const id = useId();
  const t = useT();
  const [typed, setTyped] = useState('');
  const suggestions = completeTag(used, typed, tags).slice(0, 12);

  const add = (raw: string) => {
    const tag = normalizeTag(raw);
    setTyped('');
    if (tag === null || tags.some((x) => tagKey(x) === tagKey(tag)) || tags.length >= MAX_TAGS) return;
    onChange([...tags, tag]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      if (typed.trim() === '') return;
      e.preventDefault();
      e.stopPropagation();
      add(typed);
    } else if (e.key === 'Backspace' && typed === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="hl-tags">
      <label htmlFor={`${id}-input`} className="hl-editor-label">
        {t('tags.label')}
      </label>
      {tags.length > 0 && (
        <ul className="hl-tag-list" aria-label={t('tags.label')}>
          {tags.map((tag) => (
            <li key={tag} className="hl-tag">
              <span>#{tag}</span>
              <button
                type="button"
                className="hl-tag-remove"
                aria-label={t('tags.remove', { tag })}
                disabled={disabled}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        className="hl-tag-input"
        type="text"
        list={`${id}-used`}
        value={typed}
        placeholder={t('tags.placeholder')}
        autoComplete="off"
        disabled={disabled || tags.length >= MAX_TAGS}
        onChange={(e) => {
          const v = e.target.value;
          // Picking a suggestion from the list fills the whole box: take it as a tag at once.
          if (used.some((u) => u.tag === v) && v !== typed && v.length > typed.length + 1) add(v);
          else setTyped(v);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => typed.trim() !== '' && add(typed)}
      />
      <datalist id={`${id}-used`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
