/**
 * Vietnamese number reading: "." groups thousands, "," is the decimal mark ("246.797" = 246797,
 * "2,5" = 2.5). Tolerates English-style text where the grouping proves it ("1,200,000").
 */
export function parseViNumber(s: string): number {
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let normal: string;
  if (dots > 0 && commas > 0) {
    // Whichever mark comes last is the decimal mark.
    normal = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (dots > 0) {
    const groups = s.split('.');
    const thousands = groups.slice(1).every((g) => g.length === 3);
    normal = thousands ? groups.join('') : dots === 1 ? s : groups.join('');
  } else if (commas > 1) {
    normal = s.replace(/,/g, '');
  } else {
    normal = s.replace(',', '.');
  }
  return Number(normal);
}

/** Multiplier words: "tỷ" 1e9, "triệu" 1e6, "nghìn"/"ngàn" 1e3. */
export { MULTIPLIERS } from './lexicons';

/** Digits of a string, for figure/date matching ("2,5-3%" → "253"). */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}
