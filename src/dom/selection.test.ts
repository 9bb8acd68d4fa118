// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toPlainText, type PlainText } from '../domain/article/plainText';
import type { Block } from '../domain/article/types';
import {
  offsetsToRange,
  offsetToPoint,
  pointToOffset,
  rangeToOffsets,
  selectionToOffsets,
  showOffsetsAsSelection,
  snappedSelectionToOffsets,
  trimOffsets,
} from './selection';

const blocks: Block[] = [
  { type: 'heading', text: 'Tiêu đề phụ' },
  { type: 'paragraph', text: 'Ông Nguyễn Hồ Hải phát biểu tại hội nghị.' },
  { type: 'caption', text: 'Ảnh: tư liệu' },
  { type: 'paragraph', text: 'Đoạn cuối.' },
];

/** The shape BlockView renders: bare text nodes, entity spans and highlight marks, figure > figcaption. */
const HTML = `
<h1 id="title">Tiêu đề bài</h1>
<div id="body"><div class="article-body">
  <h2 class="block heading" data-block="0">Tiêu đề phụ</h2>
  <p class="block paragraph" data-block="1">Ông <span class="ent" data-ent="0">Nguyễn <mark data-hl="a">Hồ</mark></span><mark data-hl="a"> Hải</mark> phát biểu tại hội nghị.</p>
  <figure class="block caption"><figcaption data-block="2">Ảnh: <b>tư liệu</b></figcaption></figure>
  <p class="block paragraph" data-block="3">Đoạn cuối.</p>
</div></div>
<aside id="aside">Bên lề</aside>`;

let body: HTMLElement;
let plain: PlainText;

beforeEach(() => {
  document.body.innerHTML = HTML;
  body = document.getElementById('body')!;
  plain = toPlainText(blocks);
});
afterEach(() => {
  document.body.innerHTML = '';
});

function block(i: number): Element {
  return body.querySelector(`[data-block="${i}"]`)!;
}

/** A range between two (node, offset) points. */
function range(a: Node, ao: number, b: Node, bo: number): Range {
  const r = document.createRange();
  r.setStart(a, ao);
  r.setEnd(b, bo);
  return r;
}

const p1 = () => block(1);
const start1 = () => plain.blockStarts[1]!;

describe('rangeToOffsets', () => {
  it('counts text nodes before the point inside a block (bare text, spans, marks)', () => {
    const hai = p1().querySelectorAll('mark')[1]!.firstChild!; // " Hải"
    const r = range(p1().firstChild!, 0, hai, 4);
    expect(rangeToOffsets(body, plain, r)).toEqual({ start: start1(), end: start1() + 'Ông Nguyễn Hồ Hải'.length });
    expect(plain.text.slice(start1(), start1() + 17)).toBe('Ông Nguyễn Hồ Hải');
  });

  it('maps a range inside one text node', () => {
    const last = p1().lastChild as Text; // " phát biểu tại hội nghị."
    const r = range(last, 1, last, 5);
    const off = rangeToOffsets(body, plain, r)!;
    expect(plain.text.slice(off.start, off.end)).toBe('phát');
  });

  it('accepts element boundary points (between children)', () => {
    // (p, 1) is just before the entity span; (p, 3) just after the second mark.
    const r = range(p1(), 1, p1(), 3);
    const off = rangeToOffsets(body, plain, r)!;
    expect(plain.text.slice(off.start, off.end)).toBe('Nguyễn Hồ Hải');
    // (p, childNodes.length) is the end of the block.
    const end = range(p1(), 0, p1(), p1().childNodes.length);
    expect(plain.text.slice(...Object.values(rangeToOffsets(body, plain, end)!))).toBe(blocks[1]!.text);
  });

  it('counts the "\\n\\n" separators across blocks', () => {
    const from = p1().lastChild as Text;
    const to = block(3).firstChild as Text;
    const off = rangeToOffsets(body, plain, range(from, 1, to, 4))!;
    expect(plain.text.slice(off.start, off.end)).toBe('phát biểu tại hội nghị.\n\nẢnh: tư liệu\n\nĐoạn');
  });

  it('clamps a start before the body to the first block and an end after it to the last', () => {
    const title = document.getElementById('title')!.firstChild!;
    const aside = document.getElementById('aside')!.firstChild!;
    expect(rangeToOffsets(body, plain, range(title, 3, aside, 2))).toEqual({ start: 0, end: plain.text.length });
  });

  it('snaps points between blocks forward (start) and backward (end)', () => {
    const figure = body.querySelector('figure')!;
    // Start inside the figure but before the figcaption → start of block 2.
    const r1 = range(figure, 0, block(3).firstChild!, 2);
    expect(rangeToOffsets(body, plain, r1)!.start).toBe(plain.blockStarts[2]);
    // End in the container between blocks 1 and 2 → end of block 1.
    const container = body.querySelector('.article-body')!;
    const between = Array.prototype.indexOf.call(container.childNodes, figure) as number;
    const r2 = range(p1().firstChild!, 0, container, between);
    expect(rangeToOffsets(body, plain, r2)!.end).toBe(start1() + blocks[1]!.text.length);
  });

  it('ignores collapsed ranges and ranges outside the article text', () => {
    const t = p1().firstChild!;
    expect(rangeToOffsets(body, plain, range(t, 2, t, 2))).toBeNull();
    const aside = document.getElementById('aside')!.firstChild!;
    expect(rangeToOffsets(body, plain, range(aside, 0, aside, 3))).toBeNull();
    const title = document.getElementById('title')!.firstChild!;
    expect(rangeToOffsets(body, plain, range(title, 0, title, 3))).toBeNull();
  });

  it('skips text inside data-no-text elements', () => {
    const marker = document.createElement('span');
    marker.setAttribute('data-no-text', '');
    marker.textContent = '✎';
    block(3).prepend(marker);
    const t = block(3).lastChild as Text; // "Đoạn cuối."
    const off = rangeToOffsets(body, plain, range(t, 0, t, 4))!;
    expect(plain.text.slice(off.start, off.end)).toBe('Đoạn');
    expect(pointToOffset(body, plain, marker.firstChild!, 1, 'start')).toBe(plain.blockStarts[3]);
  });
});

describe('trimOffsets / selectionToOffsets', () => {
  it('trims whitespace and separators at both ends', () => {
    const text = 'ab  \n\ncd';
    expect(trimOffsets(text, { start: 2, end: 8 })).toEqual({ start: 6, end: 8 });
    expect(trimOffsets(text, { start: 2, end: 6 })).toBeNull();
  });

  it('reads the document selection', () => {
    const last = p1().lastChild as Text;
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range(last, 0, last, 5));
    const off = selectionToOffsets(body, plain, sel)!;
    expect(plain.text.slice(off.start, off.end)).toBe('phát');
    sel.collapseToStart();
    expect(selectionToOffsets(body, plain, sel)).toBeNull();
    expect(selectionToOffsets(body, plain, null)).toBeNull();
  });
});

describe('offsetsToRange', () => {
  it('round-trips any offsets that fall inside blocks', () => {
    // Offsets inside blocks (separator positions snap to block edges).
    const inside: number[] = [];
    plain.blockStarts.forEach((s, i) => {
      for (let k = 0; k <= blocks[i]!.text.length; k++) inside.push(s + k);
    });
    fc.assert(
      fc.property(fc.constantFrom(...inside), fc.constantFrom(...inside), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const r = offsetsToRange(body, plain, { start, end })!;
        expect(r).not.toBeNull();
        if (start === end) return;
        expect(rangeToOffsets(body, plain, r)).toEqual({ start, end });
      }),
      { numRuns: 300 },
    );
  });

  it('gives a point inside the right text node', () => {
    const p = offsetToPoint(body, plain, start1() + 'Ông Nguyễn H'.length)!;
    expect((p.node as Text).data).toBe('Hồ');
    expect(p.offset).toBe(1);
  });
});

describe('snappedSelectionToOffsets / showOffsetsAsSelection', () => {
  const at = (needle: string) => plain.text.indexOf(needle);

  it('grows a drag that starts and ends mid-word to whole words, across entity and highlight nodes', () => {
    const sel = window.getSelection()!;
    // "Ông Ng|uyễn Hồ Hải phá|t": starts inside the entity span, ends in the bare text after the mark.
    const ent = p1().querySelector('[data-ent]')!.firstChild as Text;
    const last = p1().lastChild as Text;
    sel.removeAllRanges();
    sel.addRange(range(ent, 2, last, 4));
    const snapped = snappedSelectionToOffsets(body, plain, sel)!;
    expect(plain.text.slice(snapped.start, snapped.end)).toBe('Nguyễn Hồ Hải phát');
  });

  it('grows to a whole unit the selection cuts', () => {
    const sel = window.getSelection()!;
    const first = p1().firstChild as Text; // "Ông "
    const ent = p1().querySelector('[data-ent]')!.firstChild as Text; // "Nguyễn "
    sel.removeAllRanges();
    sel.addRange(range(first, 0, ent, 3));
    const name = { start: at('Nguyễn'), end: at(' phát') };
    const snapped = snappedSelectionToOffsets(body, plain, sel, [name])!;
    expect(plain.text.slice(snapped.start, snapped.end)).toBe('Ông Nguyễn Hồ Hải');
  });

  it('puts the snapped words on screen, keeping a backward drag backward', () => {
    const sel = window.getSelection()!;
    const last = p1().lastChild as Text; // " phát biểu tại hội nghị."
    sel.removeAllRanges();
    sel.setBaseAndExtent(last, 9, last, 3); // dragged right to left: "át biểu" → focus before anchor
    const snapped = snappedSelectionToOffsets(body, plain, sel)!;
    expect(plain.text.slice(snapped.start, snapped.end)).toBe('phát biểu');
    showOffsetsAsSelection(body, plain, sel, snapped);
    expect(sel.toString()).toBe('phát biểu');
    expect(sel.anchorOffset).toBe(10);
    expect(sel.focusOffset).toBe(1);
  });
});
