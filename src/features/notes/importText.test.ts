import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../domain/notes/annotation';
import { ARTICLE, EXPORT_ARTICLE, fixtureNotes, NOW, PLAIN, anchored } from '../../domain/notes/fixtures.test-helpers';
import { parseImport, type ImportPlan } from '../../domain/notes/importPlan';
import { withNote } from '../../domain/notes/model';
import { formatW3cJson } from '../../domain/notes/w3cJson';
import {
  checkImportFile,
  describeImportError,
  doneSentence,
  importedMessage,
  MAX_IMPORT_BYTES,
  reviewPlan,
  summarizePlan,
  writeSentence,
} from './importText';

const MB = 1024 * 1024;

describe('size check before reading', () => {
  it('refuses files over 10 MB, naming their size and the limit', () => {
    const p = checkImportFile('vi', { name: 'lớn.json', size: 50 * MB });
    expect(p?.message).toBe('Tệp “lớn.json” quá lớn (50 MB); chỉ nhập được tệp tối đa 10 MB. Không có gì được nhập.');
    expect(checkImportFile('vi', { name: 'x.json', size: 10.5 * MB })?.message).toContain('(10,5 MB)');
    expect(checkImportFile('vi', { name: 'x.json', size: MAX_IMPORT_BYTES + 1 })).not.toBeNull();
  });
  it('accepts up to exactly 10 MB', () => {
    expect(checkImportFile('vi', { name: 'x.json', size: MAX_IMPORT_BYTES })).toBeNull();
    expect(checkImportFile('vi', { name: 'x.json', size: 1 })).toBeNull();
  });
  it('says an empty file is empty', () => {
    expect(checkImportFile('vi', { name: 'rỗng.json', size: 0 })?.message).toBe('Tệp “rỗng.json” trống, không có ghi chú nào để nhập.');
  });
});

const known = new Set([ARTICLE.id]);
const plainTextOf = (id: string) => (id === ARTICLE.id ? PLAIN : undefined);
const notes = fixtureNotes();

function plan(text: string, existing: Annotation[] = [], extraKnown: string[] = []): ImportPlan {
  const r = parseImport(text, new Set([...known, ...extraKnown]), new Map(existing.map((a) => [a.id, a])), undefined, { plainTextOf });
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

const exported = (list: Annotation[]) => formatW3cJson(EXPORT_ARTICLE, list.map(anchored), NOW);

describe('plan summary in Vietnamese', () => {
  it('all new', () => {
    const reviewed = reviewPlan(plan(exported(notes.slice(0, 3))), () => false);
    expect(summarizePlan('vi', reviewed)).toBe('Trong tệp có 3 ghi chú: 3 mới.');
    expect(writeSentence('vi', reviewed)).toBe('Sẽ lưu 3 ghi chú vào máy này.');
    expect(reviewed.writes).toHaveLength(3);
  });

  it('new, already there, for an article not in the library', () => {
    const other = { ...notes[3]!, id: 'urn:uuid:other', target: { ...notes[3]!.target, source: 'bai-khong-co' } };
    const file = JSON.stringify([...JSON.parse(exported(notes.slice(0, 4))).first.items, other]);
    const reviewed = reviewPlan(plan(file, notes.slice(0, 1)), () => false);
    expect(summarizePlan('vi', reviewed)).toBe('Trong tệp có 5 ghi chú: 3 mới, 1 đã có, 1 cho bài viết không có trong thư viện.');
    expect(reviewed.writes.map((a) => a.id)).toEqual(reviewed.plan.toAdd.map((a) => a.id));
  });

  it('importing the same file twice: nothing to write', () => {
    const file = exported(notes.slice(0, 4));
    const first = plan(file);
    const reviewed = reviewPlan(plan(file, first.toAdd), () => false);
    expect(summarizePlan('vi', reviewed)).toBe('Trong tệp có 4 ghi chú: 4 đã có.');
    expect(reviewed.writes).toHaveLength(0);
    expect(writeSentence('vi', reviewed)).toBe('Không có ghi chú mới nào để nhập; không có gì thay đổi.');
  });

  it('newer in the file, newer on this device, duplicates in the file', () => {
    const [a, b] = notes as [Annotation, Annotation];
    const newerHere = withNote(b, 'sửa sau', new Date('2027-01-01T00:00:00.000Z'));
    const newerInFile = withNote(a, 'bản mới', new Date('2027-01-01T00:00:00.000Z'));
    const items = JSON.parse(exported([newerInFile, b])).first.items as unknown[];
    const reviewed = reviewPlan(plan(JSON.stringify([...items, items[1]]), [a, newerHere]), () => false);
    expect(summarizePlan('vi', reviewed)).toBe(
      'Trong tệp có 3 ghi chú: 1 cập nhật (bản trong tệp mới hơn), 1 giữ nguyên (bản trên máy mới hơn), 1 trùng lặp trong tệp.',
    );
    expect(reviewed.writes.map((x) => x.id)).toEqual([a.id]);
  });

  it('never overwrites a stored record that could not be read', () => {
    const reviewed = reviewPlan(plan(exported(notes.slice(0, 2))), (x) => x.id === notes[0]!.id);
    expect(reviewed.blocked.map((x) => x.id)).toEqual([notes[0]!.id]);
    expect(reviewed.writes.map((x) => x.id)).toEqual([notes[1]!.id]);
    expect(summarizePlan('vi', reviewed)).toBe('Trong tệp có 2 ghi chú: 1 mới, 1 trùng với ghi chú hỏng trên máy (giữ nguyên bản gốc).');
  });

  it('an empty collection', () => {
    const reviewed = reviewPlan(plan(exported([])), () => false);
    expect(summarizePlan('vi', reviewed)).toBe('Tệp không có ghi chú nào.');
  });

  it('after the write', () => {
    expect(doneSentence('vi', 12)).toBe('Đã nhập 12 ghi chú.');
    expect(doneSentence('vi', 0)).toBe('Không có gì thay đổi.');
    expect(importedMessage('vi', 3, 'a.json')).toBe('Đã nhập 3 ghi chú từ tệp “a.json”.');
    expect(importedMessage('vi', 0, 'a.json')).toBe('Không có gì thay đổi sau khi nhập tệp “a.json”.');
  });
});

function problem(text: string) {
  const r = parseImport(text, known, new Map(), { maxTextLength: 200_000, maxItems: 2 }, { plainTextOf });
  if (r.ok) throw new Error('expected an error');
  return describeImportError('vi', r.error);
}

describe('planner errors in Vietnamese, naming the problem', () => {
  it('invalid JSON, with where', () => {
    const p = problem('{"type": "Annotation",\n  "id": 1');
    expect(p.message).toMatch(/^Tệp không phải JSON hợp lệ \(lỗi ở dòng 2, cột \d+\)\./);
    expect(p.message).toContain('Không có gì được nhập.');
    expect(p.detail).toMatch(/Invalid JSON/);
    // Engines that give no position: still named as invalid JSON.
    expect(problem('{"id": }').message).toMatch(/^Tệp không phải JSON hợp lệ/);
    expect(describeImportError('vi', 'Invalid JSON: Unexpected token (line 3 column 7)').message).toMatch(/dòng 3, cột 7/);
  });
  it('JSON of the wrong shape', () => {
    expect(problem('42').message).toMatch(/^Tệp là JSON nhưng không chứa ghi chú theo định dạng được hỗ trợ\./);
    expect(problem('{"type":"Thing"}').message).toMatch(/^Tệp là JSON nhưng không chứa ghi chú/);
    expect(problem('{"type":"AnnotationPage","items":"x"}').message).toMatch(/^Tệp là JSON nhưng không chứa ghi chú/);
  });
  it('annotations with wrong types: nothing imported, the first problems as detail', () => {
    const p = problem(JSON.stringify([{ type: 'Annotation', id: 5, target: 'x' }]));
    expect(p.message).toBe(
      'Tệp có ghi chú sai định dạng (thiếu trường hoặc sai kiểu dữ liệu) nên không có ghi chú nào được nhập, kể cả những ghi chú đúng.',
    );
    expect(p.detail).toMatch(/^\[0\]\.id: must be a string/);
  });
  it('too many annotations', () => {
    expect(problem(exported(notes.slice(0, 3))).message).toBe('Tệp có quá nhiều ghi chú (3); mỗi lần nhập tối đa 2. Không có gì được nhập.');
  });
  it('too much text', () => {
    expect(problem(' '.repeat(300_000)).message).toMatch(/^Tệp quá lớn \(0\.3 MB văn bản\)/);
  });
  it('paged collections', () => {
    expect(problem('{"type":"AnnotationCollection","first":"https://x/page1"}').message).toMatch(/nhiều trang/);
  });
  it('anything else still says nothing was imported', () => {
    expect(describeImportError('vi', 'Something new').message).toMatch(/Không có gì được nhập\.$/);
  });
});

describe('the same import sentences in English (numbers and sizes the en-GB way)', () => {
  it.each([
    ['too large', () => checkImportFile('en', { name: 'big.json', size: 10.5 * MB })?.message, 'The file “big.json” is too large (10.5 MB); files of up to 10 MB can be imported. Nothing was imported.'],
    ['empty', () => checkImportFile('en', { name: 'e.json', size: 0 })?.message, 'The file “e.json” is empty: there are no notes to import.'],
    ['done', () => doneSentence('en', 1200), 'Imported 1,200 notes.'],
    ['imported', () => importedMessage('en', 0, 'a.json'), 'Nothing changed after importing “a.json”.'],
    ['invalid JSON', () => describeImportError('en', 'Invalid JSON: Unexpected token (line 3 column 7)').message, /^The file is not valid JSON \(error at line 3, column 7\)\. .* Nothing was imported\.$/],
  ] as const)('%s', (_name, make, expected) => {
    if (typeof expected === 'string') expect(make()).toBe(expected);
    else expect(make()).toMatch(expected);
  });

  it('plan summary and what will be written', () => {
    const reviewed = reviewPlan(plan(exported(notes.slice(0, 3))), () => false);
    expect(summarizePlan('en', reviewed)).toBe('The file has 3 notes: 3 new.');
    expect(writeSentence('en', reviewed)).toBe('3 notes will be saved in this browser.');
  });
});
