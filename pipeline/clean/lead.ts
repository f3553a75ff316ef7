/**
 * The lead of the story: the dateline that opens it (`MOSCOW (Reuters) - ...`), found in the first
 * body paragraph or, with its agency, a little further in. What stands before such a dateline is
 * not the story: a byline (`By Kim Min-ji SEOUL, ...`), a time stamp, a link label, a kicker line.
 */
import { parseByline } from './byline.js';
import { type Dateline, parseDateline } from './dateline.js';
import { parseFullDate } from './dates.js';
import { type Slot, bodyIndex } from './slots.js';

/** How much text may stand before the dateline (a page's head: title, time stamp, menus, kickers). */
const LEAD_REACH = 3000;

export interface Lead {
  dateline: Dateline | null;
  /** The slot whose text lost its dateline. */
  slot: Slot | null;
  /** Names from a byline standing before the dateline. */
  names: string[];
  /** A full date written before the dateline (a time stamp over the story). */
  stampDate: string | null;
  /** The text removed from before the dateline, for messages. */
  furniture: { line: number; text: string; kind: 'byline' | 'lead' }[];
}

/**
 * Take the dateline (and what stands before it) out of the lead; mutates the slots it changes. A
 * dateline in a later paragraph counts only with its agency, within the first few thousand
 * characters; the paragraphs before it are then the page's head, not the story.
 */
export function takeDateline(slots: Slot[]): Lead {
  const lead: Lead = { dateline: null, slot: null, names: [], stampDate: null, furniture: [] };
  const before: Slot[] = [];
  let reach = 0;
  for (let i = bodyIndex(slots); i >= 0 && reach <= LEAD_REACH; i = bodyIndex(slots, i + 1)) {
    const slot = slots[i]!;
    const parsed = parseDateline(slot.text);
    if (parsed && (before.length === 0 || parsed.agency) && reach + parsed.lead.length <= LEAD_REACH) {
      for (const s of before) {
        s.removed = 'boilerplate';
        s.why = 'the page head before the dateline';
        lead.stampDate ??= parseFullDate(s.text);
      }
      if (parsed.lead) {
        const credit = parseByline(parsed.lead);
        if (credit) lead.names.push(...credit.names);
        else lead.stampDate ??= parseFullDate(parsed.lead);
        lead.furniture.push({ line: slot.line, text: parsed.lead, kind: credit ? 'byline' : 'lead' });
      }
      slot.text = parsed.rest;
      lead.dateline = parsed;
      lead.slot = slot;
      return lead;
    }
    before.push(slot);
    reach += slot.text.length;
  }
  return lead;
}
