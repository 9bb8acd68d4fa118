/** Every Vietnamese vowel in every tone, lower and upper case, with its folded base letter. */
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const; // huyền sắc hỏi ngã nặng
const VOWELS: readonly (readonly [string, string])[] = [
  ['a', 'a'], ['ă', 'a'], ['â', 'a'], ['e', 'e'], ['ê', 'e'], ['i', 'i'],
  ['o', 'o'], ['ô', 'o'], ['ơ', 'o'], ['u', 'u'], ['ư', 'u'], ['y', 'y'],
];

export interface VowelCase {
  /** The letter as written (NFC), e.g. "Ặ". */
  letter: string;
  /** What it folds to, e.g. "a". */
  base: string;
  tone: string;
  upper: boolean;
}

export function vietnameseVowels(): VowelCase[] {
  const out: VowelCase[] = [];
  for (const [vowel, base] of VOWELS) {
    for (const tone of ['', ...TONES]) {
      const lower = (vowel + tone).normalize('NFC');
      out.push({ letter: lower, base, tone: tone || 'ngang', upper: false });
      out.push({ letter: lower.toUpperCase(), base, tone: tone || 'ngang', upper: true });
    }
  }
  return out;
}
