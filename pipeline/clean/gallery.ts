/**
 * A page that is only a slide show (`Photos: <show's title> <caption> Hide Caption 3 of 8`, one
 * paragraph per slide): its captions are all it reports. When slides of that kind are all an
 * article has, they come back as its body, each without the show's title and its counter; on a
 * page with body text of its own they stay captions.
 */
import { SLIDE_COUNTER as COUNTER } from './captions.js';
import type { Slot } from './slots.js';

const LEAD = /^(?:Photos?|Pictures?|Images?|Gallery)\s*:\s*/;
/** Slides a show has at least, for its shared opening words to be its title. */
const MIN_SLIDES = 2;

/** Restore the slides of a page that has nothing else as its body (`slots` mutated); how many came back. */
export function restoreSlideShow(slots: Slot[]): number {
  if (slots.some((s) => !s.removed && s.text)) return 0;
  const slides = slots.filter((s) => s.removed === 'caption' && COUNTER.test(s.text));
  if (slides.length < MIN_SLIDES) return 0;
  const texts = slides.map((s) => s.text.replace(COUNTER, '').replace(LEAD, ''));
  const title = sharedOpening(texts);
  slides.forEach((slot, i) => {
    const text = texts[i]!.slice(title.length).trim();
    if (!text) return;
    slot.text = text;
    slot.removed = null;
    slot.why = '';
  });
  return slides.filter((s) => !s.removed).length;
}

/** The whole words every text opens with (the show's title repeated on each slide), or ''. */
function sharedOpening(texts: readonly string[]): string {
  let n = texts[0]!.length;
  for (const t of texts) {
    let k = 0;
    while (k < n && k < t.length && t[k] === texts[0]![k]) k++;
    n = k;
  }
  // Back to the end of a whole word shared by all.
  const shared = texts[0]!.slice(0, n);
  return texts.every((t) => t.length === n || /\s/.test(t[n]!)) ? shared : shared.replace(/\S*$/, '');
}
