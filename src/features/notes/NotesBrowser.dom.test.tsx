// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withNote } from '../../domain/notes/model';
import { summarize } from '../../storage/summaries';
import { makeAnnotation } from '../../storage/testFixtures';
import { NotesBrowser } from './NotesBrowser';
import { dataFromNotes, dataFromSummaries, type NotesData } from './notesData';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const when = (day: number) => new Date(`2025-03-${String(day).padStart(2, '0')}T00:00:00.000Z`);
const newer = [1, 2, 3].map((i) => withNote(makeAnnotation('new', `n${i}`), i === 1 ? 'ngân sách' : '', when(10 + i)));
const older = [1, 2].map((i) => withNote(makeAnnotation('old', `o${i}`), 'đường sắt', when(i)));
const titles = new Map([
  ['new', 'Bài mới'],
  ['old', 'Bài cũ'],
]);
const titleOf = (id: string) => titles.get(id) ?? id;

let root: Root;
let host: HTMLElement;
const client = new QueryClient();
const render = (data: NotesData) =>
  act(() =>
    root.render(
      <QueryClientProvider client={client}>
        <NotesBrowser data={data} titles={titles} indexLoaded />
      </QueryClientProvider>,
    ),
  );
const rows = () => [...host.querySelectorAll('li.nx-item')].map((li) => li.getAttribute('data-note'));
const type = (text: string) =>
  act(() => {
    const input = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

beforeAll(() => {
  document.documentElement.lang = 'vi';
});
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('NotesBrowser before every note is read', () => {
  const partial = dataFromSummaries([summarize('new', newer, 3, 0), summarize('old', older, 2, 0)], newer, titleOf);

  it('counts every note from the summaries and lists the first rows it has', async () => {
    await render(partial);
    expect(host.querySelector('.nx-count')?.textContent).toContain('3 ghi chú và 2 đoạn tô');
    expect(rows()).toEqual(['n3', 'n2', 'n1']);
    expect(host.querySelector('.nx-shown')?.textContent).toBe('Đang hiện 3 ghi chú, 2 đoạn tô.');
    // Every article is in the article filter, newest first.
    expect([...host.querySelectorAll('select option')].map((o) => o.textContent)).toEqual(expect.arrayContaining(['Bài mới', 'Bài cũ']));
  });

  it('a search waits for the rest instead of showing a partial answer, then answers from every note', async () => {
    await render(partial);
    await type('đường');
    expect(rows()).toEqual([]);
    expect(host.querySelector('.nx-shown')?.textContent).toBe('Đang tải ghi chú…');
    await render(dataFromNotes([...newer, ...older], titleOf));
    expect(rows()).toEqual(['o2', 'o1']);
  });
});

describe("a row's choices", () => {
  const row = (id: string) => host.querySelector<HTMLElement>(`li[data-note="${id}"]`)!;
  const toggle = (id: string) => row(id).querySelector<HTMLButtonElement>('.nx-row-actions > button')!;
  const click = (el: HTMLElement) => act(() => el.click());

  it('are one button per row until it is opened: no colour select, edit or delete button in the page', async () => {
    await render(dataFromNotes([...newer, ...older], titleOf));
    for (const id of rows()) {
      const buttons = [...row(id!).querySelectorAll('button')];
      // Named for its quote (aria-label, starting with the words it shows).
      expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([['Tuỳ chọn', expect.stringMatching(/^Tuỳ chọn cho đoạn “/)]]);
      expect(buttons[0]!.getAttribute('aria-expanded')).toBe('false');
    }
    expect(host.querySelectorAll('li select')).toHaveLength(0);
  });

  it('open with edit, every colour (the current one pressed) and delete; Escape closes them and gives focus back', async () => {
    await render(dataFromNotes([...newer, ...older], titleOf));
    await click(toggle('n1'));
    expect(toggle('n1').getAttribute('aria-expanded')).toBe('true');
    const menu = row('n1').querySelector<HTMLElement>('.nx-row-menu')!;
    expect(toggle('n1').getAttribute('aria-controls')).toBe(menu.id);
    expect([...menu.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Sửa ghi chú', null],
      [expect.stringMatching(/^Xoá cho đoạn “/), null],
      ['Quan trọng', 'true'],
      ['Trích dẫn', 'false'],
      ['Số liệu cần kiểm', 'false'],
      ['Câu hỏi', 'false'],
      ['Theo dõi tiếp', 'false'],
    ]);
    expect(document.activeElement).toBe(menu.querySelector('button'));
    // Only that row.
    expect(host.querySelectorAll('.nx-row-menu')).toHaveLength(1);
    await act(() => menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(row('n1').querySelector('.nx-row-menu')).toBeNull();
    expect(document.activeElement).toBe(toggle('n1'));
  });

  it('edit closes them and opens the note editor with the note', async () => {
    await render(dataFromNotes([...newer, ...older], titleOf));
    await click(toggle('o1'));
    await click(row('o1').querySelector<HTMLButtonElement>('.nx-row-menu button')!);
    expect(row('o1').querySelector('.nx-row-menu')).toBeNull();
    expect(row('o1').querySelector('textarea')?.value).toBe('đường sắt');
  });
});
