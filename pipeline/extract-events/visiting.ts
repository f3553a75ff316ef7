/**
 * `told visiting Russian Prime Minister X in Minsk`: a visit, so a meeting between the clause's
 * subject (the host) and the visitor, where and when the clause says.
 */
import { subjectActors } from './actors.js';
import { newDraft, type ArticleContext, type Draft, type SentenceContext } from './draft.js';
import { placeIn } from './place.js';
import { timeOf } from './time.js';
import { PREPOSITION_WORDS, REPORTING_VERBS, words } from './lexicon.js';
import { clauseEnd, clauseStart } from './tokens.js';

const TITLE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|of|the|and)$/u;

/** The meeting a `visiting` + person names (token `i` is `visiting`), or null. */
export function visitingMention(ctx: ArticleContext, sc: SentenceContext, i: number): Draft | null {
  const { tokens, s } = sc;
  const at = tokens[i]!.start;
  if (ctx.inQuote(at)) return null;
  // The visitor: a person named within a few title words after `visiting`.
  let visitor = null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7) && TITLE_WORD.test(tokens[k]!.raw); k++) {
    visitor = ctx.people.within(tokens[k]!.start, tokens[k]!.end + 60).find((p) => p.start === tokens[k]!.start) ?? null;
    if (visitor) break;
  }
  if (!visitor) return null;
  // `X told visiting Y`: the host is the subject of the verb before `visiting` (a reporting verb ends a clause walk).
  const verbBefore = i > 0 && REPORTING_VERBS.has(tokens[i - 1]!.lower) ? i - 1 : i;
  const cs = clauseStart(tokens, verbBefore, 0);
  const host = subjectActors(ctx.text, cs, tokens[verbBefore]!.start, ctx.people, s.start);
  const actors = [...host.actors.filter((a) => a !== visitor!.fullName), visitor.fullName];
  if (actors.length < 2) return null;
  const countries = [...host.countries, ...(visitor.country ? [visitor.country] : [])];
  const rightEnd = clauseEnd(tokens, i, tokens.length, false, s.end);
  const time = timeOf(ctx.text, cs, rightEnd, at, tokens[i]!.end);
  const location = placeIn(ctx.text, visitor.end, rightEnd, ctx.people, ctx.here);
  return newDraft(ctx, sc, {
    eventType: 'CONSULT', status: 'occurred', time, actors, countries, location, trigger: ctx.text.slice(at, tokens[i]!.end),
    name: 'visiting', confidence: 0.7, head: 'visit',
  });
}

/** Nouns that stand for a state or a body when visited (`visited the country`): its people are met. */
const HOST_NOUNS = words('residence, office, offices, home, country, countries, nation, nations, capital, kingdom, republic, region, island, islands, headquarters, embassy, ministry, palace, parliament, counterpart, counterparts, leader, leaders, president, king, queen, pope');
const OBJECT_OPENERS = words('the, a, an, his, her, their, its, our, my, your, several, some, many, two, three, four, five, six, both, various, one, dozens');
/** Words after `visited` that are no object (`visited last week`, `visited again`). */
const NOT_OBJECT = words('last, this, next, yesterday, today, earlier, recently, again, twice, often, regularly, briefly, there, here, and, but, while, when, as, where, which, who');
const VISIT_PRONOUNS = words('him, her, them, us, me, you');

/**
 * `visited marginal constituencies`, `visited the crash site`, `visited troops`: an object in lower
 * case, naming no one and no state, is a place or crowd seen, not a meeting between actors.
 */
export function visitsNoOne(after: string): boolean {
  const ws = after.split(/(?=[,.;:!?()"“”])|\s+/u).filter(Boolean).slice(0, 6);
  let content = 0;
  let head = '';
  for (const w of ws) {
    if (/^[,.;:!?()"“”]/u.test(w)) break;
    const lower = w.toLowerCase();
    if (PREPOSITION_WORDS.has(lower) || NOT_OBJECT.has(lower)) break;
    // `visited Norway's oldest mine`: a possessive names whose the place is; its head decides.
    if (/^\p{Lu}/u.test(w) && /['’]s$/u.test(w) && !content) continue;
    if (VISIT_PRONOUNS.has(lower) || /^\p{Lu}/u.test(w) || /\d/.test(w)) return false;
    if (OBJECT_OPENERS.has(lower) && !content) continue;
    content++;
    head = lower.replace(/['’]s?$/u, '');
  }
  return content > 0 && !HOST_NOUNS.has(head);
}
