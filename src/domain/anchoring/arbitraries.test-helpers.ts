import fc from 'fast-check';

/** Pieces that stress anchoring: Vietnamese (NFC and NFD), emoji/surrogates, repeats, separators. */
const PIECES = [
  'Bộ trưởng ',
  'Bo\u0323\u0302 tru\u031bo\u031b\u0300ng ', // NFD of "Bộ trưởng "
  'ngân sách ',
  'nga\u0302n sa\u0301ch ',
  '5,3% GDP',
  '😀',
  '👍🏽',
  '🇻🇳',
  'a',
  'ab',
  'abab',
  ' ',
  '\n\n',
  'Đinh Tiến Dũng',
  'ư',
  'e\u0301',
];

export const anchorText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.join(''))
  .filter((t) => t.length > 0);

/** A text and a non-empty UTF-16 range [start, end) in it. */
export const textAndRange = anchorText.chain((text) =>
  fc
    .tuple(fc.nat(text.length - 1), fc.nat(text.length - 1))
    .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
);

const graphemeBoundaries = (text: string): number[] => {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...[...seg.segment(text)].map((s) => s.index), text.length];
};

/** A text and a non-empty range whose ends are grapheme boundaries (what a reader can select). */
export const textAndGraphemeRange = anchorText.chain((text) => {
  const b = graphemeBoundaries(text);
  return fc
    .tuple(fc.nat(b.length - 1), fc.nat(b.length - 1))
    .filter(([x, y]) => x !== y)
    .map(([x, y]) => ({ text, start: b[Math.min(x, y)]!, end: b[Math.max(x, y)]! }));
});
