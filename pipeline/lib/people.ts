/**
 * Person mentions in one article, by general rules only (no lists of people): runs of capitalised
 * words, read from the end (the name) back to the start (honorific, office title, country), plus
 * what the words around the run say (`his Japanese counterpart X`, `X, a doctor, said`,
 * `Japan's foreign minister, X, said`). A one-word name (`Lavrov`, `Xi`) counts only when it
 * refers to a fuller name in the article, follows an honorific or title, or is the subject of a
 * reporting verb. One linear pass over the text plus bounded look-arounds per run.
 */
import type { PersonMention, Sentence } from '../types.js';
import {
  ORGANISATION_WORD,
  canonicalTitle,
  countryFromDemonym,
  countryFromName,
  countryOf,
  expandTitleAbbreviation,
  isPlaceName,
  isRegionalDemonym,
  isTitleHead,
  isTitleWord,
} from './gazetteer.js';
import {
  HONORIFICS,
  PEERAGE_HONORIFICS,
  MONTH_NAMES,
  NAME_STOPWORDS,
  NON_PERSON_WORDS as NON_PERSON_LIST,
  PLACE_PREFIX_WORDS,
  POST_NOMINAL_LETTERS,
  THING_NOUNS,
  WEEKDAY_NAMES,
  GIVEN_NAME_WORDS,
} from './people-words.js';
import { kinAt } from './person-kin.js';
import { remembered } from './collections.js';
import { spaceSeparated } from './scan.js';
import { HYPHENED, HYPHENED_TOKEN, resolveMentions, type Candidate } from './people-resolve.js';
import { appositiveBefore, collectiveVerbAfter, cueAhead, demonymSurname, invertedCueBefore, isCommonNoun, LOWER_WORDS, lookBackTitle, namedWithoutFirst, readRole, singular } from './person-roles.js';

// A capitalised token: initialism (`U.S.`), word with apostrophes/hyphens (`O'Brien`, `Jean-Luc`,
// `Japan's`), optionally followed by a period (`Mr.`, `W.`), split off later when it ends a sentence.
const TOKEN = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\.?`;
const PARTICLE = String.raw`(?:de|da|di|du|del|della|dos|van|von|der|den|ter|bin|ibn|al|el|le|la|of|for|of the|for the)`;
// A particle joined to the name by a hyphen (`al-Assad`, `bin-Talal`): one name token.
const CAPITALISED_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.\-])(?:${TOKEN})(?:[ \u00a0](?:${TOKEN}|${HYPHENED}|${PARTICLE}(?=(?:[ \u00a0]${PARTICLE})?[ \u00a0]\p{Lu})))*`,
  'gu',
);

const STOPWORDS = new Set(NAME_STOPWORDS);
const WEEKDAYS = new Set(WEEKDAY_NAMES);
const MONTHS = new Set(MONTH_NAMES);
const NON_PERSON_WORDS = new Set(NON_PERSON_LIST);
const POST_NOMINALS = new Set(POST_NOMINAL_LETTERS);
const PEERAGE = new Set(PEERAGE_HONORIFICS);
const PLACE_PREFIXES = new Set(PLACE_PREFIX_WORDS);
const THINGS = new Set(THING_NOUNS);
const GIVEN_NAMES = new Set(GIVEN_NAME_WORDS);
const AFTER_PREPOSITION = /\b(?:of|for|in|at|from|to|and|by|on|with|near|into)\s+$/;
/** A body's name and its connector before a capitalised phrase (`the Commission for ...`): the phrase ends the body's name. */
const BODY_CONNECTOR_BEFORE = /(\p{Lu}\p{L}*) (?:for|of|on|against) $/u;
/** Determiners before a capitalised phrase: `the Aegis Ashore system` names a thing, not a person. */
const DETERMINED = /(?:^|[^\p{L}])(?:the|a|an|this|these|those|its|their|our|his|her|whose|every)\s+$/iu;
// `his Japanese counterpart X`, `Russia's foreign minister X`, `Labour leader X`: up to four
// lowercase words before the name, optionally preceded by a capitalised word (demonym, possessive).

// `Japan's Taro Kono`: a possessive country right before the name.
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*)?)['’]s\s+$/u;
// `X, a doctor, said`; `X, director general of the Chambers, warned`; `X, Russia's foreign minister,`.
const APPOSITIVE_AFTER = /^,\s+((?:the|a|an)\s+|\p{Lu}[\p{L}.]*['’]s\s+)?([^,;:"“”()]{2,90}?)(?=,|\.|;|\s+(?:said|says|told|added|warned)\b)/u;
// The phrase before `, X,`: back to the previous comma, colon, semicolon or sentence start.


interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Find the people named in an article.
 * @param articleId the article the mentions belong to
 * @param text the cleaned article text
 * @param sentences `splitSentences(text)`, used to tell sentence-initial words from names
 * @returns one mention per occurrence of a person's name, in text order; `fullName` is the fullest
 *   form of that person's name in this article; `title` and `country` are what the text says at
 *   (or right around) that occurrence, else null.
 */
export function findPeople(articleId: string, text: string, sentences: Sentence[]): PersonMention[] {
  const sentenceStarts = new Set<number>();
  for (const s of sentences) {
    sentenceStarts.add(s.start);
    // A sentence opening with a quotation mark: the word after the mark is sentence-initial too.
    if (/["“‘'«(]/.test(text.charAt(s.start))) sentenceStarts.add(s.start + 1);
  }
  const candidates: Candidate[] = [];
  // The article's lower-case words, read once when first needed: a capitalised word that is also
  // written in lower case (`Raiders struck ... the raiders fled`) is a common noun.
  let lowerWords: Set<string> | null = null;
  const commonNoun = (word: string): boolean => {
    lowerWords ??= new Set(text.match(LOWER_WORDS) ?? []);
    return isCommonNoun(word, lowerWords);
  };
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    const tokens = spaceSeparated(m[0], m.index);
    // `Larkin & Larkin`, `Hale & Dorn`: names joined by an ampersand name a firm.
    if (AMPERSAND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || AMPERSAND_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // `Norcell Norcell holds data`: an image's label glued before the text repeats the word; the name is one of them.
    if (tokens.length === 2 && tokens[0]!.text === tokens[1]!.text) tokens.shift();
    for (const group of splitRun(tokens, sentenceStarts)) readGroup(group, text, candidates, sentenceStarts.has(group[0]!.start) ? commonNoun : null);
  }
  return resolveMentions(articleId, candidates, text, sentences.map((s) => s.start));
}

/**
 * Cut a run of capitalised tokens where it cannot be one name: sentence boundaries, possessives
 * (which end the possessor's name), weekdays and months, capitalised function words, particles
 * outside a title (`Bank of Japan`).
 */
function splitRun(tokens: Token[], sentenceStarts: Set<number>): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (i > 0 && sentenceStarts.has(tok.start)) flush();
    let word = tok.text;
    // A period that ends a sentence is not part of the word (`met Lavrov.`).
    if (word.endsWith('.') && !isDottedAbbreviation(word)) {
      word = word.slice(0, -1);
      tok.text = word;
      tok.end -= 1;
    }
    const isConnector = /^\p{Ll}/u.test(word) && !HYPHENED_TOKEN.test(word);
    if (isConnector) {
      // `Secretary of State`, `Minister for Europe` keep their particle; elsewhere it splits.
      const prev = current[current.length - 1];
      if (!(prev && isTitleWord(prev.text) && (word === 'of' || word === 'for' || word.startsWith('of ') || word.startsWith('for ')))) {
        if (!/^(?:de|da|di|du|del|della|dos|van|von|der|den|ter|bin|ibn|al|el|le|la)$/.test(word)) {
          flush();
          continue;
        }
      }
      current.push(tok);
      continue;
    }
    if (STOPWORDS.has(word) || WEEKDAYS.has(word)) {
      flush();
      continue;
    }
    if (MONTHS.has(word)) {
      // `Theresa May`: a month word closing a longer run and not followed by a number is a name.
      const next = tokens[i + 1];
      const closesName = current.length > 0 && !next && !isTitleWord(current[current.length - 1]!.text);
      if (!closesName) {
        flush();
        continue;
      }
    }
    current.push(tok);
    if (/['’]s?$/u.test(word) && /['’]/u.test(word.slice(-2))) flush();
  }
  flush();
  return groups;
}

function isDottedAbbreviation(word: string): boolean {
  return (
    /^(?:\p{L}\.)+$/u.test(word) ||
    /^\p{Lu}\.$/u.test(word) ||
    word in HONORIFICS ||
    expandTitleAbbreviation(word) !== null ||
    /^(?:St|Jr|Sr|Mt|Ft)\.$/.test(word)
  );
}

// A function of the word alone, asked of the same words again and again: answers are kept (bounded).
const nameTokenAnswers = new Map<string, boolean>();
const isNameToken = (word: string): boolean => remembered(nameTokenAnswers, word, readNameToken, 50_000);
// Own keys: a capitalised word or a particle is never an inherited key, so this answers as `in HONORIFICS` does.
const HONORIFIC_WORDS = new Set(Object.keys(HONORIFICS));

function readNameToken(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return HYPHENED_TOKEN.test(word) || /^(?:de|da|di|du|del|della|dos|van|von|der|den|ter|bin|ibn|al|el|le|la)$/.test(word);
  if (/\p{N}/u.test(word)) return false;
  // `Lisbon-based Tavora Lines`: where a body is based, no part of a person's name.
  if (/-based$/.test(word)) return false;
  // All-capital words of two or more letters are acronyms (`BBC`, `NATO`); `U.S.` is a country.
  if (word.length > 1 && word === word.toUpperCase() && !/^\p{Lu}\.$/u.test(word)) return false;
  if (STOPWORDS.has(word) || NON_PERSON_WORDS.has(word) || HONORIFIC_WORDS.has(word)) return false;
  if (isTitleWord(word) || expandTitleAbbreviation(word)) return false;
  // `Co-Chairman`, `Vice-President`: a hyphenated office.
  if (word.includes('-') && isTitleHead(word.slice(word.lastIndexOf('-') + 1))) return false;
  // A plural of an office or organisation word (`Probation Officers`, `Ministers`) names a group.
  if (word.length > 4 && word.endsWith('s') && (isTitleHead(word.slice(0, -1)) || NON_PERSON_WORDS.has(word.slice(0, -1)) || word.slice(0, -1) in HONORIFICS)) return false;
  if (isPlaceName(word)) return false;
  // `Americans Ana Vell and Tom Ruiz`: a plural demonym names a group.
  if (word.length > 4 && word.endsWith('s') && countryFromDemonym(word.slice(0, -1))) return false;
  return true;
}

/**
 * Read one group of tokens as `[country] [title] [honorific] Name`.
 * @param commonNoun for a group opening a sentence: tells a common noun capitalised there (`Rebels said`) from a name
 */
function readGroup(tokens: Token[], text: string, out: Candidate[], commonNoun: ((word: string) => boolean) | null): void {
  let group = tokens;
  const words = group.map((t) => t.text.replace(/['’]s?$/u, (s) => (s.length > 0 && /['’]/u.test(s) ? '' : s)));
  // Post-nominal letters and generational suffixes (`QC`, `MP`, `Jr.`) follow a name but are not part of it.
  while (group.length > 1 && POST_NOMINALS.has(words[words.length - 1]!)) {
    group = group.slice(0, -1);
    words.pop();
  }
  const last = words[words.length - 1] ?? '';
  if (!last) return;
  const lastTok = group[group.length - 1]!;
  const possessive = /['’]s?$/u.test(lastTok.text) && words[words.length - 1] !== lastTok.text;
  // Organisation words stop the name (`Iikura Guest House`), but may stand before it as an
  // affiliation (`Labour MP Diane Abbott`, `Conservative Graham Brady`).
  // The name: the longest tail of name-like tokens (at most four). A title head may close a name
  // only when a name-like word precedes it (`John Major`, `Martin Luther King`).
  let nameStart = words.length;
  while (nameStart > 0 && isNameToken(words[nameStart - 1]!) && words.length - nameStart < 4) nameStart--;
  if (nameStart === words.length && words.length >= 2 && (isTitleHead(last) || HONORIFIC_WORDS.has(last)) && isNameToken(words[words.length - 2]!)) {
    nameStart = words.length - 1;
    while (nameStart > 0 && isNameToken(words[nameStart - 1]!) && words.length - nameStart < 4) nameStart--;
  }
  // `Fly-half Ana Ruiz`, `Twitter-happy Vell`, `Seventeen-year-old Vell`: a compound with a lower-case
  // part opening the run describes (a position, a manner, an age); after a name it is a given name
  // (`Moon Jae-in`, `Ban Ki-moon`).
  if (words.length - nameStart >= 2 && DESCRIBING_COMPOUND.test(words[nameStart]!)) nameStart++;
  // `since Boxing Day`, `on Christmas Eve`: after a time preposition, `X Day` / `X Eve` is a date.
  if (/^(?:Day|Eve)$/.test(last) && /\b(?:since|on|until|till|before|after|by|over|during|from|for)\s+$/i.test(text.slice(Math.max(0, group[0]!.start - 8), group[0]!.start))) return;
  // `Lord Butler`, `Mr Farmer`: after an honorific, an occupational word is the surname, unless a
  // determiner makes the pair an office (`the Lord Chancellor`, `the Lord Mayor`).
  if (nameStart === words.length && words.length >= 2 && isTitleHead(last) && words[words.length - 2]! in HONORIFICS) {
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, group[0]!.start - 5), group[0]!.start))) return;
    nameStart = words.length - 1;
  }
  // `Bill Varnell`, `President Bill Varnell`: a given name that is also an organisation's word opens the name after it.
  if (nameStart > 0 && nameStart < words.length && words.length - nameStart < 4 && GIVEN_NAMES.has(words[nameStart - 1]!)) nameStart--;
  // `Mark Cuban`, `Mr Cuban`: a demonym closing a name after a given name or an honorific is a surname.
  const demonymSurnamed = nameStart === words.length && words.length >= 2 && demonymSurname(words, text, group[0]!.start, lastTok.end, isNameToken);
  if (demonymSurnamed) nameStart = words.length - (words[words.length - 2]! in HONORIFICS ? 1 : 2);
  // `Chuck Jordan`, `Rep. Jordan`: a place name closing a name after a given name or an honorific is a surname.
  let placeSurname = false;
  if (nameStart === words.length && isPlaceName(last) && !countryFromDemonym(last) && /^\p{Lu}\p{Ll}/u.test(last)) {
    const before = words[words.length - 2];
    if (before && isNameToken(before) && !PLACE_PREFIXES.has(before) && /^\p{Lu}\p{Ll}{2,}/u.test(before)) {
      nameStart = words.length - 1;
      while (nameStart > 0 && isNameToken(words[nameStart - 1]!) && words.length - nameStart < 4) nameStart--;
      placeSurname = true;
    } else if (before && (before in HONORIFICS || expandTitleAbbreviation(before) || isTitleHead(before))) {
      nameStart = words.length - 1;
      placeSurname = true;
    } else if (words.length === 1 && !/\b(?:of|in|at|from|to|for|on|and|with|by|into|near|across|over)\s+$/i.test(text.slice(Math.max(0, group[0]!.start - 8), group[0]!.start))) {
      out.push({ start: group[0]!.start, end: group[0]!.start + last.length, tokens: [last], title: null, country: null, anchored: false, determined: false, placeOnly: true });
      return;
    }
  }
  // `Cuban said`, `Cuban's club`: a lone demonym that a person's words follow is a surname where a full name bears it.
  if (nameStart === words.length && words.length === 1 && countryFromDemonym(last) && /^\p{Lu}\p{Ll}/u.test(last) && (cueAhead(text, lastTok.end) || invertedCueBefore(text, lastTok.start, lastTok.end) || possessive)) {
    out.push({ start: lastTok.start, end: lastTok.start + last.length, tokens: [last], title: null, country: null, anchored: false, determined: false, placeOnly: true });
    return;
  }
  if (nameStart === words.length) return;
  // A name never begins with a particle (`of`, `van`) or a place prefix (`North`, `New`).
  while (nameStart < words.length && /^\p{Ll}/u.test(words[nameStart]!)) nameStart++;
  if (nameStart === words.length) return;
  // `the Oslo-based Nordline`: what is based somewhere is a body, not a person.
  if (nameStart > 0 && /-based$/.test(words[nameStart - 1]!)) return;
  // `Rovers have rejected`: a lone name with a plural verb, not one of a pair (`Ames and Bell have`), is a team or a body.
  if (words.length === 1 && !possessive && collectiveVerbAfter(text, lastTok.end) && !/(?:\band|&|,)\s*$/.test(text.slice(Math.max(0, group[0]!.start - 6), group[0]!.start))) return;
  // `Grocer Tova Brandt said` (and later `a speech by Tova Brandt`): a sentence's capitalised first word, glued to a name the text also gives without it, describes.
  // So does a caption's first word after its running time (`0:54 Billionaire Tova Brandt visited`).
  // So does a word of a headline-cased line, after another capitalised word the run was cut at (`Please Cast Tova Brandt As Captain`).
  const before = text.slice(Math.max(0, group[0]!.start - 24), group[0]!.start);
  const opensClause = !!commonNoun || /[\d|•]\s*$/u.test(before.slice(-4)) || /\p{Lu}[\p{L}'’]*\s+$/u.test(before);
  if (nameStart === 0 && opensClause && words.length >= 3 && namedWithoutFirst(text, group[1]!.start, words.slice(1).join(' '))) nameStart = 1;
  // `Developer Valve`, `Teenager Ana Ruiz`, `Bookmakers Hale`: a sentence's first word with an agent
  // noun's ending that the article also writes in lower case describes what follows; what is left
  // of a two-word run is a person only as the surname of a full name (`Goalscorer Toure`: Kolo Toure).
  const described = nameStart === 0 && !!commonNoun && words.length >= 2 && describesAtStart(words[0]!, commonNoun);
  if (described) nameStart = 1;
  const nameTokens = words.slice(nameStart);
  if (PLACE_PREFIXES.has(nameTokens[0]!) && nameTokens.length > 1) return;
  const nameText = nameTokens.join(' ');
  if (nameText !== nameText.trim()) return;
  if (!placeSurname && !demonymSurnamed && (countryOf(nameText) || isPlaceName(nameText))) return;
  if ((placeSurname || demonymSurnamed) && nameTokens.length > 1 && (countryOf(nameText) || isPlaceName(nameText))) return;

  // The prefix: honorific, title words, country (demonym, possessive, or name used as a modifier).
  const prefix = words.slice(0, nameStart);
  // `MP for Sittingbourne`, `Minister of Finance`: what follows a title's `for`/`of` is its complement.
  if (/^(?:of|for)(?: the)?$/.test(prefix[prefix.length - 1] ?? '')) return;
  let title: string | null = null;
  let country: string | null = null;
  let anchored = false;
  let p = prefix.length;
  if (p > 0 && HONORIFIC_WORDS.has(prefix[p - 1]!)) {
    anchored = true;
    p--;
  }
  let titleEnd = p;
  while (p > 0 && (isTitleWord(prefix[p - 1]!) || expandTitleAbbreviation(prefix[p - 1]!) !== null)) p--;
  // Title words without a head (`Foreign`) are no title.
  const titleWords = prefix.slice(p, titleEnd);
  while (titleWords.length && !(isTitleHead(titleWords[titleWords.length - 1]!) || expandTitleAbbreviation(titleWords[titleWords.length - 1]!))) {
    titleWords.pop();
    titleEnd--;
  }
  while (titleWords.length && /^(?:of|for|the|and)$/i.test(titleWords[0]!)) titleWords.shift();
  if (titleWords.length) {
    title = canonicalTitle(titleWords.join(' '));
    anchored = true;
  }
  for (let i = p - 1; i >= 0 && !country; i--) {
    const w = prefix[i]!;
    const two = i > 0 ? `${prefix[i - 1]} ${w}` : '';
    country = (two && (countryFromDemonym(two) ?? countryFromName(two))) || countryFromDemonym(w) || countryFromName(w);
  }
  const start = group[nameStart]!.start;
  const end = possessive ? lastTok.start + words[words.length - 1]!.length : lastTok.end;
  const runStart = group[0]!.start;
  // `the Aegis Ashore system`, `two Aegis Ashore stations`: a determiner before, or a thing noun
  // right after, make the phrase a name of a thing (or a modifier), not a person.
  // A determiner before an acronym (`the U.N. Susan Rice`) belongs to the acronym, not to the name.
  // So does one before an organisation's name (`the United Nations Lena Ostrova`).
  const bodyBefore = nameStart > 0 && (/^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u.test(words[nameStart - 1]!) || ORGANISATION_WORD.test(words[nameStart - 1]!));
  // `the Commission for Harbour Safety`: the words after a body's name and its `for`/`of` finish that name.
  const bodyName = nameStart === 0 && ORGANISATION_WORD.test(BODY_CONNECTOR_BEFORE.exec(text.slice(Math.max(0, runStart - 30), runStart))?.[1] ?? '');
  const determined =
    !title && !anchored && (bodyName || (!bodyBefore && DETERMINED.test(text.slice(Math.max(0, runStart - 8), runStart))) || THINGS.has(/^ (\p{Ll}+)/u.exec(text.slice(end, end + 16))?.[1] ?? ''));

  // What surrounds the run: a title and country before it in lowercase, or an appositive.
  if (!country && nameStart === 0) {
    const poss = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, runStart - 40), runStart));
    if (poss) country = countryFromName(poss[1]!) ?? countryOf(poss[1]!);
  }
  if ((!title || !country) && nameStart === 0) {
    const lb = lookBackTitle(text, runStart);
    if (lb) {
      const lower = lb.lower;
      let k = lower.length;
      while (k > 0 && (isTitleWord(lower[k - 1]!) || isTitleHead(singular(lower[k - 1]!)))) k--;
      const titled = lower.slice(k);
      const head = singular(titled[titled.length - 1] ?? '');
      if (titled.length && isTitleHead(head)) {
        if (!title && head !== 'counterpart') title = canonicalTitle(titled.join(' '));
        const owner = lb.owner.replace(/['’]s$/u, '');
        if (!country && owner && k === 0 && !isRegionalDemonym(owner)) country = countryOf(owner);
        anchored = true;
      }
    }
  }
  if (!title || !country) {
    const after = text.slice(lastTok.end, lastTok.end + 110);
    const ap = APPOSITIVE_AFTER.exec(after);
    if (ap) {
      const det = (ap[1] ?? '').trim();
      const phrase = (ap[2] ?? '').trim();
      const role = readRole(phrase, det);
      if (role) {
        title ??= role.title;
        country ??= role.country;
        anchored = true;
      }
    }
  }
  if ((!title || !country) && /^,/.test(text.slice(lastTok.end, lastTok.end + 1))) {
    const ab = appositiveBefore(text, runStart);
    if (ab) {
      const role = readRole(ab, '');
      if (role && role.endsWithTitle) {
        title ??= role.title;
        country ??= role.country;
        anchored = true;
      }
    }
  }
  // `Blair said` anchors a one-word name; `the MP for Sheppey said` does not.
  if (!anchored && nameTokens.length === 1 && !AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 6), start))) {
    // `Witnesses said`, `Raiders struck`: at a sentence's start a common noun is capitalised too.
    anchored = (cueAhead(text, end) || invertedCueBefore(text, start, end)) && !(nameStart === 0 && commonNoun?.(nameTokens[0]!));
  }
  const honorific = nameStart > 0 && HONORIFIC_WORDS.has(words[nameStart - 1]!) ? words[nameStart - 1]! : undefined;
  const kin = kinAt(text, { runStart: nameStart === 0 ? runStart : null, start, end, fullName: nameTokens.length > 1, honorific, title });
  const peer = nameTokens.length === 1 && nameStart > 0 && PEERAGE.has(words[nameStart - 1]!) ? words[nameStart - 1]! : null;
  // `Harbour Lights director Ana Ruiz`: a name before a lower-case office and another name qualifies that office.
  const office = OFFICE_THEN_NAME.exec(text.slice(end, end + 60));
  // `Will Ruiz and flanker Ana Vell`: a conjunction joins two people, it narrows no office.
  const modifier = !title && !anchored && !!office && isTitleHead(office[2]!) && (!office[1] || (isTitleWord(office[1]) && !CONJUNCTIONS.has(office[1])) || OFFICE_MODIFIERS.has(office[1]));
  out.push({ start, end, tokens: nameTokens, title, country, anchored: anchored || placeSurname, determined, ...(modifier ? { modifier } : {}), ...(peer ? { peerage: peer } : {}), ...(described && nameTokens.length === 1 ? { placeOnly: true } : {}), ...kin });
}

/** Endings of agent nouns and participles (`developer`, `agent`, `praising`), in the singular or plural. */
const AGENT_ENDING = /(?:ers?|ors?|ists?|ians?|ants?|ents?|ing)$/;
/** Does a sentence's first word describe the name after it: an agent noun or participle the article writes in lower case? */
function describesAtStart(word: string, commonNoun: (word: string) => boolean): boolean {
  return word.length >= 6 && AGENT_ENDING.test(word) && /^\p{Lu}\p{Ll}+$/u.test(word) && commonNoun(word);
}
/** A capitalised compound with a lower-case part (`Fly-half`, `Man-of-the-match`), not a hyphened particle. */
const DESCRIBING_COMPOUND = /^\p{Lu}[\p{L}'’]*(?:-\p{L}+)*-\p{Ll}/u;
/** After a name: one or two lower-case words, then a capitalised name (`director Ana Ruiz`, `film director Ana Ruiz`). */
const OFFICE_THEN_NAME = /^\s+(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]+)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** Lower-case words before an office that narrow it (`sporting director`, `board member`). */
const OFFICE_MODIFIERS = new Set(['sporting', 'film', 'music', 'art', 'artistic', 'creative', 'managing', 'technical', 'finance', 'marketing', 'sales', 'news', 'football', 'team', 'club', 'party', 'board', 'group', 'programme', 'program', 'research', 'policy', 'campaign']);
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'but', 'with']);
const AMPERSAND_AFTER = /^\s?&\s?\p{Lu}/u;
const AMPERSAND_BEFORE = /\p{L}\s?&\s?$/u;

