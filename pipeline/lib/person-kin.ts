/**
 * Kinship around a name, and the sex the words at it tell: `Varga's son Tomas` (a relative named
 * through the surname's bearer), `her father, Robert X` and `X, the current leader's father`
 * (someone's relative), `his wife X` (the sex of the one whose relative X is too).
 */
import type { Candidate } from './people-resolve.js';
import { KIN_WORDS } from './people-words.js';
import { pronounSexAfter, statedByWords } from './person-sex.js';

/** What a candidate learns from kin words and the sex its words tell (only the fields that apply). */
type Kin = Pick<Candidate, 'relativeOf' | 'relative' | 'sex' | 'sexByPronoun' | 'kinOf'>;

/**
 * Read the kin words around a name and the sex its words tell.
 * @param at `runStart`: where the run opens when the name opens it (else null: no `X's son` before
 *   it); `start`/`end`: the name; `fullName`: more than one word; `honorific`, `title`: read before it
 * @returns the candidate fields that apply
 */
export function kinAt(text: string, at: { runStart: number | null; start: number; end: number; fullName: boolean; honorific: string | undefined; title: string | null }): Kin {
  const before = at.runStart === null ? null : KIN_BEFORE.exec(text.slice(Math.max(0, at.runStart - 40), at.runStart));
  // `X, the leader's father`: an appositive's kin makes a full name a relative (a bare name is the one named in full).
  const after = at.fullName ? KIN_APPOSITIVE.exec(text.slice(at.end, at.end + 60)) : null;
  const lead = KIN_LEAD.exec(text.slice(Math.max(0, at.start - 40), at.start));
  const stated = statedByWords({ honorific: at.honorific, kin: before?.[2] ?? lead?.[2] ?? after?.[1], title: at.title });
  const sex = stated ?? pronounSexAfter(text, at.end);
  const kinOf = lead?.[1] ? POSSESSIVE_SEX[lead[1].toLowerCase()] : undefined;
  return {
    ...(before ? { relativeOf: before[1]! } : {}),
    ...(at.fullName && (after || lead) ? { relative: true } : {}),
    ...(sex ? { sex, ...(stated ? {} : { sexByPronoun: true }) } : {}),
    ...(kinOf ? { kinOf } : {}),
  };
}

// `Varga's son Tomas`: a relative named through the surname's bearer.
const KIN = `(?:${KIN_WORDS.join('|')})`;
const KIN_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*)['’]s\s+(?:eldest\s+|youngest\s+|younger\s+|elder\s+)?(${KIN})\s+$`, 'u');
// `her father, Robert X`, `his late wife Ana X`: named as someone's relative.
const KIN_LEAD = new RegExp(String.raw`(?:^|\s)([Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+|eldest\s+|youngest\s+|younger\s+|elder\s+)?(${KIN}),?\s+$`, 'u');
/** `his wife`, `her husband`: the sex of the one the relative belongs to. */
const POSSESSIVE_SEX: Readonly<Record<string, 'm' | 'f'>> = { his: 'm', her: 'f' };
// `X, the current leader's father,`: an appositive that makes X someone's relative.
const KIN_APPOSITIVE = new RegExp(String.raw`^,\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+['’]s\s+(?:late\s+)?(${KIN})\b`, 'u');
