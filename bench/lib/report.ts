/** The report's rows: every section adds figures here; the runner prints and saves them. */
import { summarize, table, type Summary } from './stats';

export interface Target {
  op: '<=' | '>=';
  value: number;
  text: string;
}

export interface Row {
  section: string;
  metric: string;
  unit: string;
  summary?: Summary;
  /** For single figures (counts, sizes that do not vary). */
  value?: number;
  target?: Target;
  status: 'ok' | 'MISS' | 'n/a' | '';
  note?: string;
}

export const rows: Row[] = [];

export const atMost = (value: number, text = `≤ ${value}`): Target => ({ op: '<=', value, text });

function judge(v: number, target?: Target): Row['status'] {
  if (!target) return '';
  if (!Number.isFinite(v)) return 'n/a';
  return (target.op === '<=' ? v <= target.value : v >= target.value) ? 'ok' : 'MISS';
}

export function addSeries(section: string, metric: string, unit: string, values: number[], target?: Target, note?: string): Summary {
  const summary = summarize(values);
  rows.push({ section, metric, unit, summary, target, status: summary.n ? judge(summary.median, target) : 'n/a', note });
  return summary;
}

export function addValue(section: string, metric: string, unit: string, value: number, target?: Target, note?: string): void {
  rows.push({ section, metric, unit, value, target, status: judge(value, target), note });
}

export function addNA(section: string, metric: string, unit: string, why: string, target?: Target): void {
  rows.push({ section, metric, unit, target, status: 'n/a', note: why });
}

function fmt(v: number, unit: string): string {
  if (!Number.isFinite(v)) return '—';
  if (unit === 'x') return v.toFixed(2);
  if (unit === 'ms') return v < 10 ? v.toFixed(1) : v.toFixed(0);
  if (unit === 'kB' || unit === 'MB/s' || unit === 'MB') return v.toFixed(1);
  return Math.round(v).toLocaleString('en-US');
}

/** Rows in section order (sections are numbered "N. …"). */
export function sortRows(): void {
  const order = (r: Row) => Number(/^(\d+)/.exec(r.section)?.[1] ?? 99);
  rows.sort((a, b) => order(a) - order(b));
}

export function printTable(): void {
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const section of sections) {
    console.log(`\n${section}`);
    const body = rows
      .filter((r) => r.section === section)
      .map((r) => {
        const s = r.summary;
        const median = s ? (s.n ? fmt(s.median, r.unit) : '—') : r.value !== undefined ? fmt(r.value, r.unit) : '—';
        const spread = s && s.n ? `${fmt(s.min, r.unit)}–${fmt(s.max, r.unit)}` : '';
        const iqr = s && s.n >= 4 ? `${fmt(s.p25, r.unit)}–${fmt(s.p75, r.unit)}` : '';
        const status = r.status === 'n/a' ? `n/a${r.note ? ` (${r.note})` : ''}` : `${r.status}${r.note ? `${r.status ? ' ' : ''}${r.note}` : ''}`;
        return [r.metric, median, r.unit, spread, iqr, s ? String(s.n) : '', r.target?.text ?? '', status];
      });
    console.log(table(['metric', 'median', 'unit', 'min–max', 'p25–p75', 'n', 'target', 'status / note'], body));
  }
}
