import { describe, expect, it } from 'vitest';
import { bootLanguage } from './lang';

describe('bootLanguage', () => {
  it.each([
    ['a stored choice wins over the browser', { state: { langChoice: 'vi' }, version: 1 }, ['en-US'], 'vi'],
    ['a stored English choice', { state: { langChoice: 'en' } }, ['vi-VN'], 'en'],
    ['no choice: the browser language (en-US → en)', { state: { langChoice: null } }, ['en-US', 'vi'], 'en'],
    ['no choice: vi-VN → vi', { state: {} }, ['vi-VN'], 'vi'],
    ['nothing stored', null, ['fr'], 'en'],
    ['junk stored', { state: { langChoice: 'xx' } }, ['vi'], 'vi'],
    ['junk shape', 'oops', [], 'vi'],
  ])('%s', (_name, stored, preferred, lang) => expect(bootLanguage(stored, preferred)).toBe(lang));
});
