/**
 * The sex an article gives its people, for pronoun agreement (`she` is not `Robert X`): an honorific
 * before a name (`Mrs`, `Sir`), a role word in its title (`spokeswoman`, `actor`), and the pronouns
 * that follow a person named alone at the head of a sentence (`X said she ...`). A vote per person;
 * a tie or no evidence leaves the sex unknown.
 */
import type { PersonMention } from '../types.js';
import { GENDERED_ROLE_WORDS, HONORIFICS } from './people-words.js';

// Subject pronouns (`X said she`); possessive and object ones are often someone else's (`X identified her`, `X said his accusers`).
const PRONOUN_SEX: Readonly<Record<string, 'm' | 'f'>> = { he: 'm', himself: 'm', she: 'f', herself: 'f' };
/** How far after a name its pronoun is looked for, in characters (the rest of a short clause). */
const PRONOUN_REACH = 120;
/** How many words after a name its pronoun may stand. */
const PRONOUN_WORDS = 3;
const WORD = /[A-Za-z]+|[.!?;,]/g;

/** The sex a mention's own words state: an honorific right before it (`Mrs`, `Sir`), else a gendered word of its title (`spokeswoman`). */
export function statedSex(text: string, p: PersonMention): 'm' | 'f' | undefined {
  const hon = /(?:^|[\s(])(\p{Lu}\p{L}*\.?)\s+$/u.exec(text.slice(Math.max(0, p.start - 12), p.start))?.[1];
  const fromHonorific = hon ? HONORIFICS[hon] ?? HONORIFICS[hon.replace(/\.$/, '')] : undefined;
  if (fromHonorific) return fromHonorific;
  for (const w of (p.title ?? '').toLowerCase().split(/\s+/)) if (GENDERED_ROLE_WORDS[w]) return GENDERED_ROLE_WORDS[w];
  return undefined;
}

/**
 * The sex the words at one mention tell: its honorific (`Mrs`), the kin word it is introduced by
 * (`his wife X`, `X, the leader's father`), a woman's word in its title (`spokeswoman`). A pronoun
 * after it (`pronounSexAfter`) is weaker evidence: it may be another's.
 */
export function statedByWords(said: { honorific?: string | undefined; kin?: string | undefined; title: string | null }): 'm' | 'f' | undefined {
  const fromHonorific = said.honorific ? HONORIFICS[said.honorific] : undefined;
  if (fromHonorific) return fromHonorific;
  const fromKin = said.kin ? GENDERED_ROLE_WORDS[said.kin.toLowerCase()] : undefined;
  if (fromKin) return fromKin;
  // `chairman`, `spokesman` are said of women too; `chairwoman`, `spokeswoman` only of women.
  for (const w of (said.title ?? '').toLowerCase().split(/\s+/)) if (GENDERED_ROLE_WORDS[w] === 'f') return 'f';
  return undefined;
}

/**
 * The sex a subject pronoun right after a name tells (`X said she`, `X, 54, said he`): within the
 * next few words, before any capitalised word (another name) or the clause's end; else undefined.
 */
export function pronounSexAfter(text: string, end: number): 'm' | 'f' | undefined {
  // `X's mother said she`: the pronoun is the possessed one's.
  if (/^['’]s?\b/.test(text.slice(end, end + 3))) return undefined;
  const from = end + (/^,\s*\d+,/.exec(text.slice(end, end + 8))?.[0].length ?? 0);
  // A few words fit in a short window; most windows hold no subject pronoun at all.
  const window = text.slice(from, from + PRONOUN_WINDOW);
  if (!ANY_PRONOUN.test(window)) return undefined;
  let seen = 0;
  for (const m of window.matchAll(CLAUSE_WORD)) {
    const w = m[0];
    if (/^[.!?;,]$/.test(w) || /^\p{Lu}/u.test(w) || CLAUSE_OPENERS.has(w) || ++seen > PRONOUN_WORDS) return undefined;
    const sex = PRONOUN_SEX[w];
    if (sex) return sex;
  }
  return undefined;
}
/** Words opening a clause whose subject may be anyone (`X, whom he met`, `X when she left`). */
const CLAUSE_OPENERS = new Set(['whom', 'whose', 'which', 'when', 'while', 'where', 'whereas', 'after', 'before', 'because', 'as', 'if', 'until', 'since', 'than', 'though', 'although', 'and', 'or', 'but']);
/** How far `pronounSexAfter` looks, in characters: `PRONOUN_WORDS` words and the pronoun. */
const PRONOUN_WINDOW = 60;
const ANY_PRONOUN = /\b(?:he|she|himself|herself)\b/;
/** Words and clause punctuation, for `pronounSexAfter`. */
const CLAUSE_WORD = /\p{L}+|[.!?;,]/gu;

/** fullName → 'm' | 'f' where the article's evidence agrees. `people` sorted by offset. */
export function sexesOf(text: string, people: readonly PersonMention[]): Map<string, 'm' | 'f'> {
  const votes = new Map<string, number>();
  const vote = (name: string, sex: 'm' | 'f', weight: number) => votes.set(name, (votes.get(name) ?? 0) + (sex === 'f' ? weight : -weight));
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const stated = statedSex(text, p);
    if (stated) vote(p.fullName, stated, 3);
    // A pronoun within the next few words (`X said she`, `X and his wife`, `X told reporters he`),
    // before any other person or the clause's end, refers to the name; one further on may well not.
    const next = people[k + 1];
    // `X's mother said she`: the pronoun is the possessed one's.
    if (/^['’]s?\b/.test(text.slice(p.end, p.end + 3))) continue;
    const to = Math.min(text.length, p.end + PRONOUN_REACH, next ? next.start : Infinity);
    let seen = 0;
    for (const m of text.slice(p.end, to).matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (w === '.' || w === '!' || w === '?' || w === ';' || w === ',' || ++seen > PRONOUN_WORDS) break;
      const sex = PRONOUN_SEX[w];
      if (sex) {
        vote(p.fullName, sex, 1);
        break;
      }
    }
  }
  const out = new Map<string, 'm' | 'f'>();
  for (const [name, v] of votes) if (v !== 0) out.set(name, v > 0 ? 'f' : 'm');
  return out;
}
