import { useId } from 'react';
import { useT } from '../../lib/i18n';
import { preload } from './engine';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/** The library's search box: a searchbox named "Tìm"; what is typed goes into the URL (?q=). */
export function SearchBox({ value, onChange }: Props) {
  const hint = useId();
  const input = useId();
  const t = useT();
  return (
    <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="search-row">
        <label htmlFor={input} className="search-label">
          {t('search.label')}
        </label>
        <input
          id={input}
          type="search"
          name="q"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          // Starts the search engine while the first letters are typed.
          onFocus={() => preload()}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hint}
        />
      </div>
      <p id={hint} className="search-hint">
        {t('search.hint')}
      </p>
    </form>
  );
}
