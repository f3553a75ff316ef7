/**
 * From name candidates to person mentions: a full name stands for itself at its fullest form in the
 * article; a surname or a family name alone resolves to the full name sharing it, the nearest one
 * before it (not a relative introduced through another, nor a thing named like a person).
 */
import type { PersonMention } from '../types.js';
import { push } from './collections.js';
import type { Candidate } from './people.js';

/** Arabic-style particles hyphened to a name (`al-Assad`): the name after them is the surname. */
export const HYPHENED = String.raw`(?:al|el|bin|ibn|ben|abu|ad|as|ash|at|az|ar)-\p{Lu}[\p{L}\p{M}'’]*`;
export const HYPHENED_TOKEN = new RegExp(`^${HYPHENED}$`, 'u');

/**
 * Decide which candidates are people and give each its fullest name: a multiword name stands on
 * its own (unless the same words elsewhere follow `the`, marking a thing); a one-word name is a
 * surname (the last word of a fuller name), the family name of a family-name-first name (the first
 * word of a fuller name that is no one's surname), or a person when anchored.
 */
export function resolveMentions(articleId: string, candidates: Candidate[]): PersonMention[] {
  const thingNames = new Set<string>();
  for (const c of candidates) if (c.determined && c.tokens.length > 1) thingNames.add(c.tokens.join(' '));
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
    const refs = principal.length ? principal : unrelated?.length ? unrelated : named?.every((r) => r.relative) ? undefined : named;
    if (refs) {
      const ref = nearestBefore(refs, c.start);
      mentions.push({ articleId, start: c.start, end: c.end, name, fullName: fullest(ref.tokens.join(' ')), title: c.title, country: c.country });
    } else if (c.anchored) {
      mentions.push({ articleId, start: c.start, end: c.end, name, fullName: c.peerage ? `${c.peerage} ${name}` : name, title: c.title, country: c.country });
    }
  }
  return mentions;
}

/** A surname without a hyphened particle (`al-Assad` → `Assad`). */
function surnameKey(token: string): string {
  return HYPHENED_TOKEN.test(token) ? token.slice(token.indexOf('-') + 1) : token;
}

/** The candidate mentioned last before `pos`, else the first one after it (`list` is in text order). */
function nearestBefore(list: Candidate[], pos: number): Candidate {
  let lo = 0;
  let hi = list.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return list[best] ?? list[0]!;
}
