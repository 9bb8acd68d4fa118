// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE, PLAIN } from '../../../annotations/testFixtures';
import { createAnnotation } from '../../../domain/notes/model';
import { clearAll } from '../../../storage';
import { useAppStore } from '../../../stores/store';
import { buildExport } from './buildExport';

const quote = 'Nguyễn Hồ Hải';
const start = PLAIN.indexOf(quote);
const unsaved = createAnnotation({
  id: 'hl-unsaved',
  articleId: ARTICLE.id,
  plainText: PLAIN,
  start,
  end: start + quote.length,
  color: 'green',
  note: 'ghi chú chưa lưu được',
  now: new Date('2026-01-01T00:00:00Z'),
});

afterEach(async () => {
  useAppStore.setState({ hlPending: {}, hlEditors: {} });
  await clearAll();
});

describe('export includes notes not saved yet, marked so', () => {
  it.each([
    ['storage works but the write failed', false],
    ['storage cannot be read at all', true],
  ])('%s', async (_name, storageDown) => {
    useAppStore.setState({
      hlPending: { [unsaved.id]: { articleId: ARTICLE.id, id: unsaved.id, after: unsaved, status: 'failed', seq: 1, error: 'đầy' } },
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['article', ARTICLE.id], ARTICLE);
    if (storageDown) vi.spyOn(client, 'fetchQuery').mockRejectedValue(new Error('IndexedDB unavailable'));
    const result = await buildExport(client, { kind: 'article', articleId: ARTICLE.id }, 'md', new Date('2026-01-02T00:00:00Z'));
    expect(result.kind).toBe('file');
    if (result.kind !== 'file') return;
    expect(result.count).toBe(1);
    expect(result.text).toContain('ghi chú chưa lưu được');
    expect(result.text).toContain('**Chưa lưu vào trình duyệt**');
  });

  it.each([
    ['json', '"notSavedInBrowser": true'],
    ['csv', '[Chưa lưu vào trình duyệt] ghi chú chưa lưu được'],
  ] as const)('in the %s export too', async (format, mark) => {
    useAppStore.setState({
      hlPending: { [unsaved.id]: { articleId: ARTICLE.id, id: unsaved.id, after: unsaved, status: 'failed', seq: 1, error: 'đầy' } },
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['article', ARTICLE.id], ARTICLE);
    const result = await buildExport(client, { kind: 'article', articleId: ARTICLE.id }, format, new Date('2026-01-02T00:00:00Z'));
    expect(result.kind === 'file' && [result.count, result.text.includes(mark)]).toEqual([1, true]);
  });
});
