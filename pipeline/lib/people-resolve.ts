/**
 * From name candidates to person mentions: a full name stands for itself at its fullest form in the
 * article; a surname or a family name alone resolves to the full name sharing it (not a relative
 * introduced through another, nor a thing named like a person). Where two people share it (`Bill X`
 * and `Hillary X`), the sex the mention states (`Mrs X`, `X said he`) picks one, else the one named
 * in the latest sentence naming any of them (its subject, when it names several), else none: a
 * bare surname left unresolved is better than one given to the wrong person.
 */
import type { PersonMention } from '../types.js';
import { push } from './collections.js';

/** A run of capitalised words read as a name (see `findPeople`), with what the words around it say. */
export interface Candidate {
  start: number;
  end: number;
  tokens: string[];
  title: string | null;
  country: string | null;
  /** Named after an honorific or a title, or as the subject of a reporting verb: a person even as one word. */
  anchored: boolean;
  determined: boolean;
  /** A one-word place name (`Jordan`), or a name left by a descriptor (`Goalscorer Toure`): a person only as the surname of a full name in the article. */
  placeOnly?: boolean;
  /** Named as a relative of a surname's bearer (`Varga's son Tomas`): that surname. */
  relativeOf?: string;
  /** Introduced as someone's relative (`X, the leader's father`): a bare shared name is the other bearer's. */
  relative?: boolean;
  /** A peer's honorific before a one-word name (`Baroness Ellory`): part of the name when no fuller one is known. */
  peerage?: string;
  /** Modifies an office before another name (`Harbour Lights director Ana Ruiz`): not a person here, nor a thing elsewhere. */
  modifier?: boolean;
  /** The sex the words at this mention tell (`Mrs`, `his wife`, `spokeswoman`, `X said she`). */
  sex?: 'm' | 'f';
  /** `sex` comes only from a pronoun after the mention (`X said he`), which may be someone else's. */
  sexByPronoun?: boolean;
  /** Introduced by `his`/`her` and a kin word (`and his wife X`): the sex of the one whose relative this is. */
  kinOf?: 'm' | 'f';
}

/** Arabic-style particles hyphened to a name (`al-Assad`): the name after them is the surname. */
export const HYPHENED = String.raw`(?:al|el|bin|ibn|ben|abu|ad|as|ash|at|az|ar)-\p{Lu}[\p{L}\p{M}'’]*`;
export const HYPHENED_TOKEN = new RegExp(`^${HYPHENED}$`, 'u');

/**
 * Decide which candidates are people and give each its fullest name: a multiword name stands on
 * its own (unless the same words elsewhere follow `the`, marking a thing); a one-word name is a
 * surname (the last word of a fuller name), the family name of a family-name-first name (the first
 * word of a fuller name that is no one's surname), or a person when anchored.
 */
export function resolveMentions(articleId: string, candidates: Candidate[], text: string, sentenceStarts: readonly number[]): PersonMention[] {
  // `the Aegis Ashore system`: a name the text calls `the X` names a thing, unless it is somewhere a
  // person's by an office or role more often (`Tesla chief Tova Brandt` as well as `the Tova Brandt show`).
  // Each name's votes: +1 as `the X`, -1 under an office (`official X` can be an adjective's); a tie is a person's.
  const thingVotes = new Map<string, number>();
  for (const c of candidates) {
    if (c.tokens.length < 2 || (!c.determined && !c.title)) continue;
    const name = c.tokens.join(' ');
    thingVotes.set(name, (thingVotes.get(name) ?? 0) + (c.determined ? 1 : -1));
  }
  const thingNames = new Set([...thingVotes].filter(([, v]) => v > 0).map(([name]) => name));
  const full = new Set<Candidate>();
  for (const c of candidates) {
    if (c.tokens.length > 1 && !c.modifier && !thingNames.has(c.tokens.join(' ')) && !(c.determined && !c.anchored)) full.add(c);
  }
  // Fullest form: the longest full name ending with (or equal to) this one, found among the names
  // sharing its last word (not by comparing every pair of names).
  const byLastWord = new Map<string, string[]>();
  const fullNames = new Set([...full].map((c) => c.tokens.join(' ')));
  for (const name of fullNames) push(byLastWord, surnameKey(name.slice(name.lastIndexOf(' ') + 1)), name);
  const fullestCache = new Map<string, string>();
  const fullest = (name: string): string => {
    let best = fullestCache.get(name);
    if (best !== undefined) return best;
    best = name;
    for (const other of byLastWord.get(surnameKey(name.slice(name.lastIndexOf(' ') + 1))) ?? []) {
      if (other.length > best.length && (other.endsWith(' ' + name) || other.endsWith('-' + name))) best = other;
    }
    // `K Holmes` in a team sheet where the article also writes `Kelly Holmes`: the one given name
    // that initial stands for (`S Easterby` and `G Easterby` beside `Simon` and `Guy Easterby`).
    const initial = /^(\p{Lu})\.?\s(.+)$/u.exec(best);
    if (initial) {
      const [, letter, rest] = initial;
      const words = best.split(' ').length;
      const spelled = (byLastWord.get(surnameKey(name.slice(name.lastIndexOf(' ') + 1))) ?? []).filter(
        (o) => o.endsWith(' ' + rest) && o.split(' ').length === words && o.startsWith(letter!) && /^\p{Lu}\p{Ll}+$/u.test(o.slice(0, o.indexOf(' '))),
      );
      if (spelled.length === 1) best = spelled[0]!;
    }
    // `Donald J. Trump` where the article also writes `Donald Trump`: the middle initial is no part of
    // the canonical name (both stay aliases).
    if (/\s\p{Lu}\.(?=\s)/u.test(best)) {
      const plain = best.replace(/\s\p{Lu}\.(?=\s)/gu, '');
      if (fullNames.has(plain)) best = plain;
    }
    fullestCache.set(name, best);
    return best;
  };
  const surnames = new Map<string, Candidate[]>();
  const firstWords = new Map<string, Candidate[]>();
  for (const c of full) {
    const last = c.tokens[c.tokens.length - 1]!;
    push(surnames, last, c);
    // `Bashar al-Assad` … `Assad`: the name without its particle is the surname too.
    if (surnameKey(last) !== last) push(surnames, surnameKey(last), c);
    push(firstWords, c.tokens[0]!, c);
  }
  // Each person's sex, as the words at their full names tell it (a tie tells nothing).
  // `X and his wife Y`: the possessive before a kin word tells the sex of the one named before it in the sentence.
  const sexVotes = new Map<string, number>();
  const vote = (c: Candidate, sex: 'm' | 'f') => {
    const person = fullest(c.tokens.join(' '));
    sexVotes.set(person, (sexVotes.get(person) ?? 0) + (sex === 'f' ? 1 : -1));
  };
  let previous: Candidate | null = null;
  for (const c of candidates) {
    if (!full.has(c)) continue;
    if (c.sex) vote(c, c.sex);
    if (c.kinOf && previous && sentenceIndex(sentenceStarts, previous.start) === sentenceIndex(sentenceStarts, c.start)) vote(previous, c.kinOf);
    previous = c;
  }
  const sexOf = (person: string): 'm' | 'f' | undefined => {
    const v = sexVotes.get(person) ?? 0;
    return v > 0 ? 'f' : v < 0 ? 'm' : undefined;
  };
  // Where each bare name resolved so far stands for a person, by name and person (in text order):
  // `Sir Ian` standing for Ian X says nothing of whom a later `Mr X` means.
  const bareOf = new Map<string, Span[]>();
  const relativeFirstNames = new Map<string, Set<string>>();
  for (const c of candidates) if (c.relativeOf) relativeFirstNames.set(c.relativeOf, (relativeFirstNames.get(c.relativeOf) ?? new Set()).add(c.tokens[0]!));
  const mentions: PersonMention[] = [];
  for (const c of candidates) {
    const name = c.tokens.join(' ');
    if (c.tokens.length > 1) {
      if (!full.has(c)) continue;
      mentions.push({ articleId, start: c.start, end: c.end, name, fullName: fullest(name), title: c.title, country: c.country });
      continue;
    }
    if ((c.determined && !c.anchored) || c.modifier) continue;
    const bySurname = surnames.get(name);
    if (c.placeOnly && !bySurname) continue;
    const byFirst = bySurname ? undefined : firstWords.get(name);
    // The bare surname is its principal bearer's, not a relative's introduced through them (`Varga's son Tomas`).
    const relatives = relativeFirstNames.get(name);
    const principal = relatives && bySurname ? bySurname.filter((r) => !relatives.has(r.tokens[0]!)) : [];
    const named = bySurname ?? byFirst;
    const unrelated = named?.filter((r) => !r.relative);
    // Only relatives bear the surname in full (`her father, Rob Vane`): the bare surname is the
    // one they are relatives of, named in full elsewhere or not at all.
    let refs = principal.length ? principal : unrelated?.length ? unrelated : named?.every((r) => r.relative) ? undefined : named;
    // `Mrs X`: not a bearer known to be of the other sex, even where that leaves only a relative;
    // `X said he` (the pronoun may be another's): not one of the other sex among those kept.
    if (c.sex && named) {
      const fit = named.filter((r) => sexOf(fullest(r.tokens.join(' '))) !== (c.sex === 'f' ? 'm' : 'f'));
      const kept = refs?.filter((r) => fit.includes(r));
      refs = kept?.length ? kept : fit.length && !c.sexByPronoun ? fit : undefined;
    }
    const person = refs ? bearerOf(refs, c.start, fullest, (p) => bareOf.get(`${name}\u0000${p}`), text, sentenceStarts) : null;
    if (person) {
      mentions.push({ articleId, start: c.start, end: c.end, name, fullName: person, title: c.title, country: c.country });
      push(bareOf, `${name}\u0000${person}`, { start: c.start, end: c.end });
    } else if (c.anchored) {
      // Unresolved: their own name (a peer's with the honorific), not the wrong bearer's.
      mentions.push({ articleId, start: c.start, end: c.end, name, fullName: c.peerage ? `${c.peerage} ${name}` : name, title: c.title, country: c.country });
    }
  }
  return mentions;
}

/** A surname without a hyphened particle (`al-Assad` → `Assad`). */
function surnameKey(token: string): string {
  return HYPHENED_TOKEN.test(token) ? token.slice(token.indexOf('-') + 1) : token;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Which of the people the full names `refs` give a bare name at `pos` stands for: the only one;
 * else the one named (in full among `refs`, or by this bare name as resolved so far) in the latest sentence
 * before `pos` that names any of them, or, where that sentence names several, its subject (named
 * first, and not joined to the next by `and`: `X met Y` is X's, `X and Y` no one's); else (none
 * named before, or joined) null.
 */
function bearerOf(refs: readonly Candidate[], pos: number, fullest: (name: string) => string, bareOf: (person: string) => Span[] | undefined, text: string, sentenceStarts: readonly number[]): string | null {
  const named = new Map<string, Span[]>();
  for (const r of refs) push(named, fullest(r.tokens.join(' ')), r);
  if (named.size === 1) return named.keys().next().value!;
  let latest = -1;
  const inLatest: { person: string; first: Span; last: Span }[] = [];
  for (const [person, own] of named) {
    const list = [...own, ...(bareOf(person) ?? [])].filter((m) => m.start < pos).sort((a, b) => a.start - b.start);
    const last = list[list.length - 1];
    if (!last) continue;
    const s = sentenceIndex(sentenceStarts, last.start);
    if (s < latest) continue;
    if (s > latest) {
      latest = s;
      inLatest.length = 0;
    }
    let k = list.length - 1;
    while (k > 0 && sentenceIndex(sentenceStarts, list[k - 1]!.start) === s) k--;
    inLatest.push({ person, first: list[k]!, last });
  }
  if (inLatest.length === 0) return null;
  if (inLatest.length === 1) return inLatest[0]!.person;
  inLatest.sort((a, b) => a.first.start - b.first.start);
  const [subject, next] = [inLatest[0]!, inLatest[1]!];
  if (JOINED.test(text.slice(subject.first.end, next.first.start))) return null;
  // The subject: named among the sentence's first words, a verb (or an aside, then a verb) after it.
  const from = sentenceStarts[latest] ?? 0;
  const opening = text.slice(from, subject.first.start).split(/\s+/).filter(Boolean).length <= SUBJECT_WORDS;
  if (opening && BEFORE_VERB.test(text.slice(subject.first.end, subject.first.end + 80))) return subject.person;
  // Else the one named last.
  return inLatest.reduce((a, b) => (b.last.start > a.last.start ? b : a)).person;
}

/** How many words (an office, an honorific) may open a sentence before its subject's name. */
const SUBJECT_WORDS = 3;
/** After a subject's name: a lower-case word (the verb), perhaps after an aside (`X, 54, said`). */
const BEFORE_VERB = /^(?:,[^,.;:"“”]{1,60},)?\s+\p{Ll}/u;

/** What joins two names as one subject (`X and Y`, `X and his wife Y`, `X, Y`). */
const JOINED = new RegExp(String.raw`^\s*(?:,|,?\s*(?:and|&|or|with|nor)\b)\s*(?:(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2})?,?\s*$`, 'u');

/** The index of the sentence holding `pos` (`starts` ascending; 0 before the first). */
function sentenceIndex(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
