/** Every section, in report order. A new section: one file here, added to this list. */
import { extraction } from './extraction';
import { interaction } from './interaction';
import { large } from './large';
import { library } from './library';
import { load } from './load';
import { own } from './own';
import { storage } from './storage';
import { text } from './text';
import type { Section } from './types';

export const SECTIONS: readonly Section[] = [load, text, large, interaction, storage, extraction, library, own];
