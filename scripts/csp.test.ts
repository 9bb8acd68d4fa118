import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyCsp, CSP_HEADER, inlineHashes, policy } from './csp';

const sha = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const shell = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}<title>x</title></head><body>${body}</body></html>`;
const cspOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('the built pages policy', () => {
  it('is strict: scripts from this origin only, no inline without a hash, no plugins, no base', () => {
    const csp = cspOf(applyCsp(shell('<script type="module" src="/assets/index.js"></script>')));
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'");
    expect(csp).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it('allows each inline script and style by the sha256 of its exact text, and ignores JSON data', () => {
    const prefs = "document.documentElement.dataset.theme=localStorage.getItem('theme')||'';";
    const html = applyCsp(
      shell(
        '<script type="application/json" id="margin-data">{"a":1}</script><p style="color: red">x</p>',
        `<script>${prefs}</script><style>body{margin:0}</style>`,
      ),
    );
    const csp = cspOf(html);
    expect(directive(csp, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(prefs)}`);
    expect(directive(csp, 'style-src')).toBe(`style-src 'self' ${sha('body{margin:0}')}`);
    expect(directive(csp, 'style-src-attr')).toBe(`style-src-attr 'unsafe-hashes' ${sha('color: red')}`);
    expect(inlineHashes(html).scripts).toHaveLength(1);
  });

  it('goes first in <head>, before any script, and applying it twice changes nothing', () => {
    const once = applyCsp(shell('', '<script>1</script>'));
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script>'));
    expect(applyCsp(once)).toBe(once);
    const edited = applyCsp(once.replace('<script>1</script>', '<script>2</script>'));
    expect(cspOf(edited)).toContain(sha('2'));
    expect(cspOf(edited)).not.toContain(sha('1'));
  });

  it('goes before an inline script that precedes <meta charset>', () => {
    const page = '<!doctype html><html><head><script>prefs()</script><meta charset="UTF-8" /></head><body></body></html>';
    const html = applyCsp(page);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
    expect(cspOf(html)).toContain(sha('prefs()'));
    expect(applyCsp(html)).toBe(html);
  });

  it('the policy text has no inline allowance for scripts whatever the page holds', () => {
    expect(policy({ scripts: [sha('x')], styles: [], styleAttributes: [] })).not.toContain('unsafe-inline');
  });
});
