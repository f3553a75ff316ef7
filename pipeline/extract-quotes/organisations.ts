/**
 * Organisations and countries named in an article, as possible speakers (`the Kremlin said`,
 * `Japan branded ...`) and as antecedents of `it` and of common nouns (`the ministry`). By
 * general rules: a capitalised phrase that is not a person and holds an organisation word
 * (`Ministry`, `Times`, `Committee`), a country, an acronym, or a capitalised word after `the`.
 * One pass over the text.
 */
import { countryFromCapital, countryFromName, isPlaceName } from '../lib/gazetteer.js';
import type { PersonMention } from '../types.js';
import { organisationNameWord, organisationNominal, type OrganisationClass } from './source-words.js';

export interface OrganisationMention {
  start: number;
  end: number;
  /** The name as written, without a leading `the` or a possessive `'s`. */
  name: string;
  cls: OrganisationClass | null;
  kind: 'organization' | 'country';
}

// Capitalised words joined by spaces and the small words names hold (`Ministry of Defence`,
// `Alliance to Reclaim Our Schools`), acronyms with dots (`U.N.`).
const NAME_RUN = /(?<![\p{L}\p{N}'’.-])(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}&-]*)(?:[ \u00a0](?:(?:of|for|the|and|on|to|de)[ \u00a0])?(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}&-]*))*(?:['’]s)?/gu;
/** Words that open sentences or clauses and are never part of a name. */
const NOT_NAME_START = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'So', 'As', 'If', 'When', 'While', 'After', 'Before', 'It', 'He',
  'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'There', 'Here', 'For',
  'From', 'With', 'By', 'To', 'Of', 'According', 'Asked', 'Speaking', 'Mr', 'Mrs', 'Ms', 'Dr', 'Yes', 'No', 'Not', 'Now',
  'Then', 'Also', 'Still', 'Even', 'However', 'Meanwhile', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Under', 'Over', 'What',
  'Why', 'How', 'Who', 'Which', 'Where', 'Because', 'Although', 'Though', 'Since', 'Until', 'During', 'Despite',
]);
/** All-capital words that are no organisation (`I`, `OK`, `TV`, times and grades). */
const NOT_ACRONYMS = new Set(['I', 'OK', 'AM', 'PM', 'TV', 'ID', 'US', 'UK', 'EDT', 'EST', 'GMT', 'BST', 'CET', 'PDT', 'PST', 'CST', 'MP', 'MPS', 'CEO', 'GOP']);

/**
 * Find the organisations and countries an article names, outside person mentions.
 * @param text the cleaned article text
 * @param people the article's person mentions, in text order
 * @returns mentions in text order
 */
export function findOrganisations(text: string, people: readonly PersonMention[]): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  let pi = 0;
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    let start = m.index;
    let phrase = m[0];
    while (pi < people.length && people[pi]!.end <= start) pi++;
    // Drop words that open the sentence rather than the name (`The`, `But`); most runs are one word, with none to drop.
    if (phrase.includes(' ') || phrase.includes('\u00a0')) {
      const words = phrase.split(/[ \u00a0]+/);
      // ... and modifiers such as `Paris-based`, `Kremlin-backed`.
      while (words.length > 1 && (NOT_NAME_START.has(words[0]!) || /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(words[0]!))) {
        start += words[0]!.length + 1;
        words.shift();
      }
      phrase = words.join(' ');
    }
    if (NOT_NAME_START.has(phrase)) continue;
    // `the Charite hospital`, `the Clinton campaign`: a name before an organisation noun names the organisation.
    const nominal = /^[ \u00a0]+(\p{Ll}+)/u.exec(text.slice(start + phrase.length, start + phrase.length + 20))?.[1];
    const nominalClass = nominal ? organisationNominal(nominal) : undefined;
    if (nominal && nominalClass && nominalClass !== 'document' && !/['’]s$/u.test(phrase)) {
      const name = `${phrase} ${nominal}`;
      out.push({ start, end: start + phrase.length + text.slice(start + phrase.length, start + phrase.length + 20).indexOf(nominal) + nominal.length, name, cls: nominalClass, kind: 'organization' });
      continue;
    }
    const end = start + phrase.length;
    const person = people[pi];
    if (person && person.start < end && person.end > start) continue;
    const name = phrase.replace(/['’]s$/u, '');
    const org = classify(text, start, name);
    if (org) out.push({ start, end: start + name.length, name, ...org });
  }
  return out;
}

function classify(text: string, start: number, name: string): { cls: OrganisationClass | null; kind: OrganisationMention['kind'] } | null {
  const words = name.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    const cls = organisationNameWord(words[i]!.replace(/\.$/, ''));
    if (cls) return { cls, kind: 'organization' };
  }
  if (countryName(name)) return { cls: 'government', kind: 'country' };
  if (countryFromCapital(name)) return { cls: 'government', kind: 'organization' };
  if (isPlaceName(name)) return null;
  if (isAcronym(name)) return { cls: null, kind: 'organization' };
  // `the Kremlin`, `the Pentagon`: one capitalised word after `the`, no person.
  if (words.length === 1 && /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))) return { cls: null, kind: 'organization' };
  return null;
}

/** The class of organisation a name says it is (`Charite hospital` → institution), else null. */
export function classOfName(name: string): OrganisationClass | null {
  const words = name.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/['’]s$/u, '');
    const cls = organisationNameWord(w) ?? organisationNominal(w.toLowerCase());
    if (cls) return cls;
  }
  return null;
}

function isAcronym(name: string): boolean {
  const bare = name.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(bare) && !NOT_ACRONYMS.has(bare);
}

/** The country a phrase names (`Japan`, `the United States`); not a demonym, nor a seat of government (`Kremlin`, an organisation). */
export function countryName(name: string): string | null {
  return countryFromName(name.replace(/^the\s+/i, ''));
}
