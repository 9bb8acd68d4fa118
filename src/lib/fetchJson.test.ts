import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../stores/store';
import { fetchJson, LoadError } from './fetchJson';

const answer = (status: number, body: string, type = 'application/json') =>
  vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } }));

afterEach(() => {
  vi.unstubAllGlobals();
  useAppStore.setState({ lang: 'vi' });
});

describe('fetchJson: why a load failed, in the reader’s language', () => {
  it.each([
    ['vi', 'missing', answer(404, ''), 'not-found', 'Không tìm thấy bài viết.'],
    ['en', 'missing', answer(404, ''), 'not-found', 'Could not find the article.'],
    ['en', 'an HTML fallback page', answer(200, '<!doctype html>', 'text/html'), 'not-found', 'Could not find the article.'],
    ['vi', 'a server error', answer(503, ''), 'network', 'Không tải được bài viết (mã lỗi 503).'],
    ['en', 'a server error', answer(503, ''), 'network', 'Could not load the article (error 503).'],
    ['en', 'offline', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'network', 'Could not load the article: no network connection.'],
  ] as const)('%s: %s', async (lang, _case, fetch, kind, message) => {
    vi.stubGlobal('fetch', fetch);
    useAppStore.setState({ lang });
    const error = await fetchJson('/articles/x.json', 'article').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect([(error as LoadError).kind, (error as LoadError).message]).toEqual([kind, message]);
  });

  it('damaged JSON says so in both languages', async () => {
    vi.stubGlobal('fetch', answer(200, '{oops'));
    await expect(fetchJson('/articles/index.json', 'index')).rejects.toThrow(/^Dữ liệu danh sách bài viết bị hỏng: không phải JSON hợp lệ/);
    useAppStore.setState({ lang: 'en' });
    await expect(fetchJson('/articles/index.json', 'index')).rejects.toThrow(/^The data of the list of articles is damaged: not valid JSON/);
  });
});
