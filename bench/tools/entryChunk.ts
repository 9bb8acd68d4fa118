/**
 * npx tsx bench/tools/entryChunk.ts — what sits in the client entry chunk: builds the app with
 * source maps into bench/.fixtures/entry (dist/ untouched) and attributes the entry chunk's bytes
 * (raw, from the source map's mappings) to packages and source folders, largest first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { FIXTURES, ROOT } from '../lib/paths';

const out = join(FIXTURES, 'entry');
await build({ root: ROOT, logLevel: 'warn', build: { outDir: out, emptyOutDir: true, sourcemap: true } });
const assets = join(out, 'assets');
const html = readFileSync(join(out, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)![1]!;
const code = readFileSync(join(assets, entry), 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(join(assets, `${entry}.map`), 'utf8')));
const lines = code.split('\n');
const bytes = new Map<string, number>();
const group = (source: string | null) => {
  if (!source) return '(no source)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1]!;
  const src = /src\/([^/]+(?:\/[^/]+)?)\//.exec(source);
  return src ? `src/${src[1]}` : source.replace(/^.*?\/(src|scripts)\//, '$1/');
};
let prev: { line: number; column: number; source: string | null } | null = null;
map.eachMapping((m) => {
  if (prev && prev.line === m.generatedLine) {
    const g = group(prev.source);
    bytes.set(g, (bytes.get(g) ?? 0) + (m.generatedColumn - prev.column));
  } else if (prev) {
    const g = group(prev.source);
    bytes.set(g, (bytes.get(g) ?? 0) + (lines[prev.line - 1]!.length - prev.column));
  }
  prev = { line: m.generatedLine, column: m.generatedColumn, source: m.source };
});
const total = [...bytes.values()].reduce((a, b) => a + b, 0);
console.log(`entry ${entry}: ${(code.length / 1000).toFixed(1)} kB raw, ${readdirSync(assets).filter((f) => f.endsWith('.js')).length} JS files in the build`);
for (const [g, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(b / 1000).toFixed(1).padStart(7)} kB  ${((100 * b) / total).toFixed(1).padStart(5)}%  ${g}`);
