/** A paragraph on its way through clean: its raw line, its text, and whether (and why) it was removed. */
import type { Paragraph } from './paragraphs.js';

export type Removal = 'caption' | 'boilerplate' | 'byline' | 'title' | 'credit' | 'subhead';

export interface Slot extends Paragraph {
  removed: Removal | null;
  /** Why it was removed, for the message (`credit`, `navigation`, ...). */
  why: string;
}

/** The index of the first paragraph at or after `from` still in the body, or -1. */
export function bodyIndex(slots: readonly Slot[], from = 0): number {
  for (let i = from; i < slots.length; i++) if (!slots[i]!.removed) return i;
  return -1;
}
