// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../domain/entities';
import { buildDraft } from '../domain/own/draft';
import { buildHtmlDraft } from '../domain/own/htmlDraft';
import { countActiveContent, readArticleHtml } from './articleHtml';

const page = readFileSync(join(process.cwd(), 'e2e/fixtures/own/seed-page.html'), 'utf8');
const seed = readFileSync(join(process.cwd(), 'content/seed/000_1d33ff756ec2b19b.txt'), 'utf8');

describe('readArticleHtml: a saved news page with site chrome and scripts', () => {
  const read = readArticleHtml(page, 'trang.html');
  if (!read.ok) throw new Error(read.reason);
  const draft = buildHtmlDraft(read.input, extractEntities);
  if (!draft.ok) throw new Error(draft.problem.message);
  const text = draft.article.blocks.map((b) => b.text).join('\n');

  it('finds the article: title, date, both headings, the five officials', () => {
    expect(draft.preview).toMatchObject({
      title: 'Chú trọng công tác đánh giá chất lượng tổ chức cơ sở Đảng một cách thực chất, hiệu quả',
      published: '2022-01-25',
      headings: 2,
    });
    expect(draft.preview.officials.map((o) => o.name)).toEqual(['Nguyễn Hồ Hải', 'Nguyễn Bắc Nam', 'Nguyễn Mạnh Cường', 'Lê Thị Hồng Nga', 'Lê Thị Thanh Thúy']);
  });

  it('yields the same paragraphs as the raw text of the same article', () => {
    const fromText = buildDraft({ source: 's', kind: 'txt', text: seed }, extractEntities);
    if (!fromText.ok) throw new Error('seed');
    const paragraphs = (a: typeof draft.article) => a.blocks.filter((b) => b.type !== 'caption');
    expect(paragraphs(draft.article)).toEqual(paragraphs(fromText.article));
    expect(draft.article.source).toBe('Thanhuytphcm.vn');
  });

  it('leaves out the chrome and every script', () => {
    for (const chrome of ['Trang chủ', 'Tìm kiếm', 'Ý kiến bạn đọc', 'Tin khác', 'Đọc nhiều', 'Cơ quan chủ quản', 'cookie', 'In bài', 'Quảng cáo', '__marginFixtureRan', 'Hội nghị Ban Chấp hành']) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('blocks from markup', () => {
  it.each([
    ['<p><strong>Một tiêu đề phụ</strong></p><p>Đoạn văn dài của bài báo, có dấu chấm câu.</p>', ['heading', 'paragraph']],
    ['<h3>Mục</h3><p>Đoạn văn.</p><figure><img alt="a"><figcaption>Chú thích ảnh</figcaption></figure>', ['heading', 'paragraph', 'caption']],
    ['<p>Dòng một<br>Dòng hai.</p>', ['paragraph', 'paragraph']],
  ])('%s', (body, types) => {
    const html = `<html><head><title>Tiêu đề</title></head><body><article>${body}<p>${'Một câu văn đủ dài để thành bài. '.repeat(12)}</p></article></body></html>`;
    const read = readArticleHtml(html, 'x.html');
    if (!read.ok) throw new Error(read.reason);
    const draft = buildHtmlDraft(read.input, extractEntities);
    expect(draft.ok && draft.article.blocks.map((b) => b.type)).toEqual([...types, 'paragraph']);
  });

  it('a page without article text is a clear problem', () => {
    const read = readArticleHtml('<html><head><title>Trống</title></head><body><nav><a href="/">Trang chủ</a></nav></body></html>', 'x.html');
    const draft = read.ok ? buildHtmlDraft(read.input, extractEntities) : null;
    expect(draft === null || (!draft.ok && draft.problem.code === 'no-article')).toBe(true);
  });
});

describe('what would run in a browser is counted, to tell the reader it was left out', () => {
  it('the saved page: 4 scripts (not its JSON-LD), a frame, a plugin, a redirect, 6 handlers and a javascript: link', () => {
    const read = readArticleHtml(page, 'trang.html');
    expect(read.ok && read.input.activeContent).toBe(14);
    const draft = read.ok ? buildHtmlDraft(read.input, extractEntities) : null;
    expect(draft?.ok && draft.preview.activeContent).toBe(14);
  });

  it.each([
    ['<p>Chỉ có chữ.</p>', 0],
    ['<script type="application/ld+json">{}</script><p>Dữ liệu, không phải mã.</p>', 0],
    ['<script>alert(1)</script><script src="x.js"></script>', 2],
    ['<img src="x" onerror="alert(1)"><body onload="x()">', 2],
    ['<a href=" JavaScript:alert(1)">a</a><form action="javascript:x()"></form><a href="https://vnexpress.net/javascript">b</a>', 2],
    ['<iframe src="x"></iframe><embed src="y"><object data="z"></object>', 3],
    ['<meta http-equiv="Refresh" content="0; url=https://example.invalid">', 1],
  ])('%s → %i', (html, count) => {
    expect(countActiveContent(new DOMParser().parseFromString(html, 'text/html'))).toBe(count);
  });
});
