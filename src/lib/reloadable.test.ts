import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { failedModuleUrl, isChunkLoadError, reloadable } from './reloadable';

describe('failedModuleUrl', () => {
  it.each([
    ['Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/NotesList-abc.js', 'http://127.0.0.1:4173/assets/NotesList-abc.js'],
    ['error loading dynamically imported module: https://x.test/assets/a.js', 'https://x.test/assets/a.js'],
    ['Unable to preload CSS for /assets/NotesList-abc.css', '/assets/NotesList-abc.css'],
    ['Importing a module script failed.', null],
    ['Quota exceeded', null],
  ])('%s → %s', (message, url) => {
    expect(failedModuleUrl(new TypeError(message))).toBe(url);
  });
});

describe('isChunkLoadError', () => {
  it.each([
    ['Failed to fetch dynamically imported module: http://x.test/a.js', true],
    ['Importing a module script failed.', true],
    ['error loading dynamically imported module: http://x.test/a.js', true],
    ["Cannot read properties of undefined (reading 'id')", false],
  ])('%s → %s', (message, expected) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(expected);
  });
});

describe('reloadable', () => {
  it('passes a success through, and the first failure unchanged', async () => {
    let calls = 0;
    const fail = new TypeError('Failed to fetch dynamically imported module: http://x.test/a.js');
    const load = reloadable(async () => {
      calls += 1;
      if (calls === 1) throw fail;
      return 'module';
    });
    await expect(load()).rejects.toBe(fail);
    // A browser that does not remember the failure: the plain import works again.
    await expect(load()).resolves.toBe('module');
  });

  it('after a remembered failure, imports the same URL with a query (a new module to the browser)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'margin-reload-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'chunk.mjs');
    writeFileSync(file, 'export const answer = 42;\n');
    const cached = new TypeError(`Failed to fetch dynamically imported module: ${pathToFileURL(file).href}`);
    const load = reloadable<{ answer: number }>(() => Promise.reject(cached));
    await expect(load()).rejects.toBe(cached);
    await expect(load()).resolves.toMatchObject({ answer: 42 });
  });

  it('keeps failing with the original error when no URL is named', async () => {
    const opaque = new TypeError('Importing a module script failed.');
    const load = reloadable(() => Promise.reject(opaque));
    await expect(load()).rejects.toBe(opaque);
    await expect(load()).rejects.toBe(opaque);
  });
});
