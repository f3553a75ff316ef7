/**
 * Each paragraph judged on its own: a credit or editor's line, a photo caption or credit, site
 * boilerplate, a byline near the top or the bottom. Marks the slots it removes; the lines it only
 * shortens (`... said. (Reporting by A)`) are returned for their messages.
 */
import { boilerplateKind, outletNamesIn } from './boilerplate.js';
import { parseByline, splitTrailingCredits } from './byline.js';
import { captionKind } from './captions.js';
import { contributorCredit, creditKind, isEditorNote, splitClosingCredit } from './credits.js';
import type { Slot } from './slots.js';

// Bylines sit at the top or the bottom of an article; looking only there keeps a body line
// such as `By Land and Sea` safe further in.
const BYLINE_HEAD = 6;
const BYLINE_TAIL = 4;
// Editor notes in parentheses stand among the first or last lines.
const NOTE_EDGE = 3;

export interface Classified {
  byline: string[];
  publisher: string | null;
  date: string | null;
  /** Credits cut from the end of a body paragraph: its line and the cut text. */
  cut: { line: number; text: string }[];
}

function closingCredit(text: string) {
  const split = splitClosingCredit(text);
  return split ? { names: split.names, publisher: null, date: null, keep: split.keep } : null;
}

/** Classify every slot; `outlets` gains the names the site calls itself in its furniture. */
export function classifyParagraphs(slots: Slot[], outlets: Set<string>): Classified {
  const found: Classified = { byline: [], publisher: null, date: null, cut: [] };
  const n = slots.length;
  slots.forEach((slot, index) => {
    const credit = creditKind(slot.text, index === n - 1);
    if (credit) {
      slot.removed = 'credit';
      slot.why = credit;
      if (credit === 'contributors') found.byline.push(...contributorCredit(slot.text)!.names);
      return;
    }
    const caption = captionKind(slot.text);
    if (caption) {
      slot.removed = 'caption';
      slot.why = caption;
      return;
    }
    const junk = boilerplateKind(slot.text);
    if (junk) {
      slot.removed = 'boilerplate';
      slot.why = junk;
      for (const name of outletNamesIn(slot.text)) outlets.add(name);
      return;
    }
    const nearEdge = index < BYLINE_HEAD || index >= n - BYLINE_TAIL;
    if (!nearEdge) return;
    const byline = parseByline(slot.text) ?? (index >= n - BYLINE_TAIL ? (splitTrailingCredits(slot.text) ?? closingCredit(slot.text)) : null);
    if (!byline) {
      if ((index < NOTE_EDGE || index >= n - NOTE_EDGE) && isEditorNote(slot.text)) {
        slot.removed = 'credit';
        slot.why = 'editor-note';
      }
      return;
    }
    found.byline.push(...byline.names);
    found.publisher ??= byline.publisher;
    found.date ??= byline.date;
    if (byline.keep) {
      found.cut.push({ line: slot.line, text: slot.text.slice(byline.keep.length).trim() });
      slot.text = byline.keep;
    } else {
      slot.removed = 'byline';
      slot.why = byline.names.length ? `names: ${byline.names.join(', ')}` : 'source line';
    }
  });
  return found;
}
