import { describe, expect, it } from 'vitest';
import { fillTemplate } from './prerender';

const SHELL = `<!doctype html><html lang="vi"><head><title>Margin</title></head>
<body><div id="root"><!--app-html--></div><!--app-data--><script type="module" src="/assets/x.js"></script></body></html>`;

describe('fillTemplate', () => {
  it('puts the markup, the data and the title into the shell', () => {
    const out = fillTemplate(SHELL, {
      html: '<main>bài</main>',
      title: 'A < B & C · Margin',
      dataScript: '<script type="application/json" id="margin-data">{}</script>',
    });
    expect(out).toContain('<title>A &lt; B &amp; C · Margin</title>');
    expect(out).toContain('<div id="root"><main>bài</main></div><script type="application/json" id="margin-data">{}</script>');
    expect(out).not.toContain('<!--app-');
  });

  it('keeps $ patterns in article text literal', () => {
    const out = fillTemplate(SHELL, { html: "<p>$& $1 $' $$</p>", title: '$&', dataScript: '' });
    expect(out).toContain("<p>$& $1 $' $$</p>");
    expect(out).toContain('<title>$&amp;</title>');
  });

  it('refuses a shell without its placeholders', () => {
    expect(() => fillTemplate(SHELL.replace('<!--app-html-->', ''), { html: '', title: '', dataScript: '' })).toThrow(
      /app-html/,
    );
    expect(() => fillTemplate(SHELL.replace('<!--app-data-->', ''), { html: '', title: '', dataScript: '' })).toThrow(
      /app-data/,
    );
  });
});
