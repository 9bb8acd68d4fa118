import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The production build the specs drive (Playwright's webServer serves it), and Vite's manifest of its chunks. */
export const DIST = process.env.MARGIN_DIST ?? 'dist';
export type Manifest = Record<string, { file: string; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[]; assets?: string[] }>;
export const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;

/** The URL path of the application's chunk (React and the features), loaded after the boot script. */
export const APP_FILE = `/${manifest['src/app/start.tsx']!.file}`;
