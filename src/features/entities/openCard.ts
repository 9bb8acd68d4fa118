/** Which card is open and how (shared by the cards' wiring and the lazily loaded card). */
/** How the card was opened: a hover preview closes when the pointer leaves, a focus one on blur. */
export type CardMode = 'hover' | 'focus' | 'pinned';

export interface OpenCard {
  ent: number;
  mode: CardMode;
  /** Bumped when focus should move into the card (Enter on the mention). */
  focusSeq: number;
}
