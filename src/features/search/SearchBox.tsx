import { useId } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/** The library's search box: a searchbox named "Tìm"; what is typed goes into the URL (?q=). */
export function SearchBox({ value, onChange }: Props) {
  const hint = useId();
  const input = useId();
  return (
    <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="search-row">
        <label htmlFor={input} className="search-label">
          Tìm
        </label>
        <input
          id={input}
          type="search"
          name="q"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder="Tên người, cơ quan, cụm từ…"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hint}
        />
      </div>
      <p id={hint} className="search-hint">
        Gõ có dấu hay không dấu đều được: “dang uy” tìm thấy “Đảng ủy”.
      </p>
    </form>
  );
}
