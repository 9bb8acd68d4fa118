import { describe, expect, it } from 'vitest';
import { appStylesheets, articleShell, fillTemplate, fullCss } from './prerender';

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

describe('articleShell', () => {
  it('inlines the stylesheets (critical CSS) above the module script, keeping each link disabled so no chunk fetches it again; drops module preloads; preloads no font (a font preload holds the first frame)', () => {
    const shell = `<head>
    <title>Margin</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>`;
    const css = '@font-face{font-style:normal;font-weight:400;src:url(/assets/f.woff2)format("woff2")}';
    const out = articleShell(shell, () => css);
    expect(out).toBe(`<head>
    <title>Margin</title>
    <style>${css}</style>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css" disabled>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>`);
  });

  it("inlines the application chunk's stylesheets after the entry's (its panels are on the page before its code), each once", () => {
    const shell = `<head>
    <title>Margin</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>`;
    const css: Record<string, string> = { '/assets/index-1.css': '.a{}', '/assets/start-1.css': '.b{}' };
    const out = articleShell(shell, (href) => css[href] ?? null, ['/assets/start-1.css', '/assets/index-1.css']);
    expect(out).toBe(`<head>
    <title>Margin</title>
    <style>.a{}</style>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css" disabled>
    <style>.b{}</style>
    <link rel="stylesheet" crossorigin href="/assets/start-1.css" disabled>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>`);
  });

  it('keeps a stylesheet it cannot read as a link, moved above the module script', () => {
    const shell = `<head><title>Margin</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>`;
    expect(articleShell(shell, () => null)).toBe(`<head><title>Margin</title>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>`);
  });
});

describe('articleShell with critical CSS', () => {
  it('inlines the critical rules once, then links every readable stylesheet disabled (enabled after the first frame) and keeps an unreadable one as a plain link', () => {
    const shell = `<head>
    <title>Margin</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
    <link rel="stylesheet" crossorigin href="/assets/gone-1.css">
  </head>`;
    const css: Record<string, string> = { '/assets/index-1.css': '.a{}.x{}', '/assets/start-1.css': '.b{}' };
    const out = articleShell(shell, (href) => css[href] ?? null, ['/assets/start-1.css'], '.a{}.b{}');
    expect(out).toBe(`<head>
    <title>Margin</title>
    <style>.a{}.b{}</style>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css" disabled>
    <link rel="stylesheet" crossorigin href="/assets/gone-1.css">
    <link rel="stylesheet" crossorigin href="/assets/start-1.css" disabled>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>`);
  });
});

describe('fullCss', () => {
  it("joins the shell's stylesheets and then the application's, in that order, each once, skipping what cannot be read", () => {
    const shell = '<link rel="stylesheet" href="/assets/index-1.css"><link rel="stylesheet" href="/assets/gone.css">';
    const css: Record<string, string> = { '/assets/index-1.css': '.a{}', '/assets/start-1.css': '.b{}' };
    expect(fullCss(shell, (href) => css[href] ?? null, ['/assets/start-1.css', '/assets/index-1.css'])).toBe('.a{}\n.b{}');
  });
});

describe('appStylesheets', () => {
  const manifest = {
    'index.html': { file: 'assets/index-1.js', css: ['assets/index-1.css'], dynamicImports: ['src/app/start.tsx'] },
    'src/app/start.tsx': { file: 'assets/start-1.js', css: ['assets/start-1.css'], imports: ['index.html', '_shared.js'] },
    '_shared.js': { file: 'assets/shared-1.js', css: ['assets/shared-1.css', 'assets/start-1.css'], imports: ['index.html'] },
    'src/lazy.tsx': { file: 'assets/lazy-1.js', css: ['assets/lazy-1.css'] },
  };
  it("lists the chunk's CSS and its static imports' (never a lazy chunk's), each once, in order", () => {
    expect(appStylesheets(manifest)).toEqual(['/assets/start-1.css', '/assets/index-1.css', '/assets/shared-1.css']);
  });
  it('names a chunk the manifest lacks', () => {
    expect(() => appStylesheets(manifest, 'src/app/gone.tsx')).toThrow(/no chunk src\/app\/gone\.tsx/);
  });
});
