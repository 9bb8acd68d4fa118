import { describe, expect, it } from 'vitest';
import { appChunkFiles } from './preloadApp';

const chunk = (fileName: string, extra: object = {}) => ({ type: 'chunk' as const, fileName, ...extra });
const bundle = {
  'assets/index-1.js': chunk('assets/index-1.js', { isEntry: true, facadeModuleId: '/r/src/main.tsx', imports: [] }),
  'assets/start-1.js': chunk('assets/start-1.js', { facadeModuleId: '/r/src/app/start.tsx', imports: ['assets/index-1.js', 'assets/react-1.js', 'assets/i18n-1.js'] }),
  'assets/react-1.js': chunk('assets/react-1.js', { imports: ['assets/i18n-1.js'] }),
  'assets/i18n-1.js': chunk('assets/i18n-1.js', { imports: ['assets/index-1.js'] }),
  'assets/lazy-1.js': chunk('assets/lazy-1.js', { facadeModuleId: '/r/src/features/x/Lazy.tsx', imports: ['assets/react-1.js'] }),
  'assets/start-1.css': { type: 'asset' as const, fileName: 'assets/start-1.css' },
};

describe('appChunkFiles', () => {
  it('lists the application chunk and its static imports, each once, never the entry or a lazy chunk', () => {
    expect(appChunkFiles(bundle)).toEqual(['assets/start-1.js', 'assets/react-1.js', 'assets/i18n-1.js']);
  });
  it('stops the build when the application chunk is missing', () => {
    expect(() => appChunkFiles(bundle, 'src/app/gone.tsx')).toThrow(/no chunk for src\/app\/gone\.tsx/);
  });
});
