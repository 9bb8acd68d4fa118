// The layer rules of eslint.config.js, run on small trees written to a temporary folder: a
// cross-feature import and a cycle must fail lint; the same tree without them must pass.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- eslint.config.js is plain JavaScript without type declarations
import { layerConfig } from '../eslint.config.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const roots: string[] = [];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'margin-lint-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function lint(root: string) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, layerConfig(root)],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}: ${m.ruleId}`));
}

const CLEAN = {
  'src/features/notes/index.ts': "import { colour } from '../../annotations/colors';\nexport const notes = () => colour;\n",
  'src/features/reader/index.ts': "export const reader = 1;\n",
  'src/annotations/colors.ts': "export const colour = 'yellow';\n",
  'src/app/page.ts': "import { notes } from '../features/notes';\nimport { reader } from '../features/reader';\nexport const page = [notes, reader];\n",
};

afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('layer rules (eslint.config.js)', () => {
  it('passes a tree where the app composes features', async () => {
    expect(await lint(tree(CLEAN))).toEqual([]);
  });

  it.each([
    ['a feature importing another feature', 'src/features/reader/index.ts', "import { notes } from '../notes';\nexport const reader = notes;\n", 'src/features/reader/index.ts: import-x/no-restricted-paths'],
    ['a feature importing the app', 'src/features/reader/index.ts', "import { page } from '../../app/page';\nexport const reader = page;\n", 'src/features/reader/index.ts: import-x/no-restricted-paths'],
    ['a shared layer importing a feature', 'src/annotations/colors.ts', "import { reader } from '../features/reader';\nexport const colour = reader;\n", 'src/annotations/colors.ts: import-x/no-restricted-paths'],
    ['a cycle through a dynamic import', 'src/annotations/colors.ts', "export const colour = 'yellow';\nexport const load = () => import('./notes');\n", 'src/annotations/colors.ts: import-x/no-cycle'],
  ])('fails on %s', async (_name, path, text, expected) => {
    const files: Record<string, string> = { ...CLEAN, [path]: text };
    if (expected.endsWith('no-cycle')) files['src/annotations/notes.ts'] = "import { colour } from './colors';\nexport const n = colour;\n";
    expect(await lint(tree(files))).toContain(expected);
  });

  it('fails on a static cycle in a shared layer', async () => {
    const errors = await lint(
      tree({
        ...CLEAN,
        'src/lib/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'src/lib/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      }),
    );
    expect(errors).toEqual(['src/lib/a.ts: import-x/no-cycle', 'src/lib/b.ts: import-x/no-cycle']);
  });

  it('is switched on for src/ in the repository config', async () => {
    const config = await new ESLint({ cwd: REPO }).calculateConfigForFile('src/features/notes/NotesPanel.tsx');
    expect(config.rules['import-x/no-cycle']?.[0]).toBe(2);
    expect(config.rules['import-x/no-restricted-paths']?.[0]).toBe(2);
  });
});
