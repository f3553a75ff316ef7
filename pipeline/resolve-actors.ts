/**
 * Corpus-level: one canonical actor per person (fullest name, spelling variants merged), plus the
 * countries and organisations that events name.
 *
 * People are merged by a transliteration-folding key (`Sergei`/`Sergey`, `Zelenskiy`/`Zelensky`/
 * `Zelenskyy`, `Mikhail`/`Mihail`, diacritics, hyphens), which keeps apart names that differ in a
 * real word (`Kim Jong Un` / `Kim Jong Nam`, `Shinzo Abe` / `Akie Abe`). A one-word name from an
 * article that never gives the full name joins the one person in the corpus whose surname (or, for
 * family-name-first names, family name) it is, only when exactly one person fits and the corpus
 * names that person in full in several articles (a namesake named once elsewhere is no evidence).
 */
import type { Actor } from '../schemas/actor.js';
import { countryFromCapital, countryFromName, countryOf, isGroupName, isInstitutionSeat, isTitleHead, isTitleWord, ORGANISATION_WORD } from './lib/gazetteer.js';
import { HONORIFICS, MONTH_NAMES, NAME_STOPWORDS, WEEKDAY_NAMES } from './lib/people-words.js';
import { push, remembered } from './lib/collections.js';
import { stableId } from './lib/hash.js';
import { ActorClusters, PeopleForms } from './resolve-actors/clusters.js';
import type { PersonName } from './types.js';

export interface ActorResolution {
  /** Every actor's row, sorted by `actor_id` (made on first use). */
  readonly actors: Actor[];
  /** The rows of the actors with these canonical names, sorted by `actor_id`: only they are made. */
  actorsNamed(names: ReadonlySet<string>): Actor[];
  /** Lets go of what the rows are made from; `canonical` and the rows already made stay. */
  release(): void;
  /** Lets go of everything, the lookups of `canonical` too (which gives names back as they are after this): the run is done with actors. */
  forget(): void;
  /** The canonical name for a name as used in an article (a PersonMention.fullName, or a country/organisation). */
  canonical(articleId: string, name: string): string;
  /** The country of a person by canonical name, as the corpus gives it (`German Chancellor X` in any article), or null. */
  personCountry(name: string): string | null;
}

export interface OtherActor {
  articleId: string;
  name: string;
  kind: 'country' | 'organization';
}

/** A name another stage gave, in its canonical form: the spelling it offers and the alias it was written as. */
interface NamedForm {
  name: string;
  alias: string;
  articleId: string;
}

/**
 * Fold a person's name to a key that spelling variants share: lowercase, no diacritics or
 * punctuation, initials dropped, and per word the common transliteration variants folded
 * (`kh`→`h`, `ks`→`x`, `w`→`v`, doubled letters, final `-iy/-yy/-ii/-ey/-ei/-y` → `i`).
 */
export function foldName(name: string): string {
  // The same few thousand names recur across a corpus: fold each once.
  return remembered(FOLDED, name, fold, 100_000);
}

const FOLDED = new Map<string, string>();

function fold(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const kept = words.length > 2 ? words.filter((w) => w.length > 1) : words;
  return kept.map(foldWord).join(' ');
}

function foldWord(word: string): string {
  return word
    .replace(/tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:iy|yi|ij|ey|ei|y)$/u, 'i')
    .replace(/y(?=[aeiou])/g, 'i');
}

/** Capitalised words that are no name on their own (`Instead`, `Saturday`). */
const NOT_NAME_WORDS = new Set([...NAME_STOPWORDS, ...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Conjunctions, prepositions and adverbs that open a clause, never a name (`But Germany`, `While SeaWorld`). */
const OPENING_WORDS = new Set(('But And Or Nor So Yet If When While Whereas As At In On To By With From Into After Before During Since Until ' +
  'Although Though Because Despite Meanwhile However Also Still Even Only Just Already Again Instead Indeed Thus Then Now ' +
  'Previously Shortly Almost Recently Earlier Later Finally Currently Why How What Where Who').split(' '));

/** The people of each article by the words of their names, to find one inside an organisation-like name. */
function personFinder(people: PeopleForms): (articleId: string, name: string) => string | null {
  const byArticle = new Map<string, string[]>();
  people.fullName.forEach((full, i) => full.includes(' ') && push(byArticle, people.articleId[i]!, full));
  return (articleId, name) => (byArticle.get(articleId) ?? []).find((full) => name === full || name.endsWith(` ${full}`) || name.startsWith(`${full} `) || name.includes(` ${full} `)) ?? null;
}

/**
 * The canonical form of a country or organisation as a stage names it, or null when it names
 * neither: leading conjunctions, adverbs and lower-case words off (`But Germany`, `and Pyongyang`),
 * a city's possessive off (`Berlin's Charite hospital`), a country name standing for its state, a
 * capital too where an event names it (`Berlin` → Germany), a person of the article named inside
 * it (`Prime Minister Tony Blair`) that person; a lone function word (`Instead`, `Saturday`) nothing.
 */
function otherForm(o: OtherActor, personIn: (articleId: string, name: string) => string | null): { kind: Actor['kind']; name: string } | null {
  let words = o.name.trim().split(/\s+/);
  while (words.length > 1 && (/^\p{Ll}/u.test(words[0]!) || OPENING_WORDS.has(words[0]!))) words = words.slice(1);
  let name = words.join(' ').replace(/^the\s+/i, '');
  if (!name || (!name.includes(' ') && NOT_NAME_WORDS.has(name))) return null;
  const person = personIn(o.articleId, name);
  if (person) return { kind: 'person', name: person };
  // `Mr Crosby`, `Prime Minister Hana Vell`: an honorific or office before a name makes it a person's.
  const titled = personAfterTitle(name);
  if (titled) return { kind: 'person', name: titled };
  const possessor = /^(\p{Lu}[\p{L}.-]*)['’]s\s+(.+)$/u.exec(name);
  if (possessor && countryFromCapital(possessor[1]!) && !countryFromName(possessor[1]!)) name = possessor[2]!;
  // A country only when the name is one (or its demonym or short form, or, where an event names it, its
  // capital: `Berlin responded`); a speaker the quotes stage found as an organisation keeps a capital's name.
  const country = countryOf(name);
  if (country && !ORGANISATION_WORD.test(name) && !isInstitutionSeat(name) && (o.kind === 'country' || !countryFromCapital(name))) return { kind: 'country', name: country };
  // A union of states in the country table (`EU`) is an organisation under its one name.
  return { kind: 'organization', name: country && ORGANISATION_WORD.test(name) && !isInstitutionSeat(name) ? country : name };
}

/** The name after an honorific or office title (`Mr Crosby` → Crosby, `Prime Minister Hana Vell` → Hana Vell), or null. */
function personAfterTitle(name: string): string | null {
  const words = name.split(' ');
  let k = 0;
  if (words[0]! in HONORIFICS) k = 1;
  else while (k < words.length - 1 && isTitleWord(words[k]!) && /^\p{Lu}/u.test(words[k]!)) k++;
  if (k === 0 || !isTitleHead(words[k - 1]!) && !(words[0]! in HONORIFICS)) return null;
  const rest = words.slice(k);
  // A name: capitalised words, none an organisation's (`Minister of Finance` is an office, not a person).
  // `Lord Faulkner of Worcester`: a peer's territorial `of` inside the name.
  if (!rest.length || !/^\p{Lu}/u.test(rest[0]!) || rest.some((w) => (!/^\p{Lu}/u.test(w) && w !== 'of') || ORGANISATION_WORD.test(w) || NOT_NAME_WORDS.has(w))) return null;
  return rest.join(' ');
}

/** Fold an organisation's name: case, punctuation and a leading `the` do not matter. */
function foldOrganisation(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function bump(map: Map<string, number>, key: string | null, by = 1): void {
  if (key) map.set(key, (map.get(key) ?? 0) + by);
}

/** The most frequent key; ties go to the alphabetically first, so the result is deterministic. */
function mostFrequent(map: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [k, n] of map) {
    if (n > bestCount || (n === bestCount && best !== null && k < best)) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}

/** An actor's canonical name: the fullest spelling (most words, a middle initial not counting:
 * `Paul D. Ryan` is no fuller than `Paul Ryan`; the parts of a hyphenated name counting as words,
 * so `Ana Lund-Berg` is as full as a text's `Ana Lund Berg`), then the most used, then alphabetical. */
function canonicalName(clusters: ActorClusters, c: number, people: PeopleForms, forms: readonly NamedForm[]): string {
  const spellings = new Map<string, number>();
  for (const i of clusters.own(c)) bump(spellings, people.fullName[i]!, people.count[i]!);
  for (const i of clusters.named(c)) bump(spellings, forms[i]!.name);
  const fullness = (name: string) => name.split(/[ -]/).filter((w) => !/^\p{Lu}\.$/u.test(w)).length;
  const ranked = [...spellings.entries()].sort(
    (a, b) => fullness(b[0]) - fullness(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return ranked[0]![0];
}

/** The country a person's forms give most often (ties: alphabetically first), or null. */
function personCountryOf(clusters: ActorClusters, c: number, people: PeopleForms): string | null {
  const countries = new Map<string, number>();
  for (const list of [clusters.own(c), clusters.joined(c)]) for (const i of list) bump(countries, people.country(i), people.count[i]!);
  return mostFrequent(countries);
}

/** An actor's row from its cluster's forms, its name already chosen (`canonicalName`). */
function actorRow(clusters: ActorClusters, c: number, people: PeopleForms, forms: readonly NamedForm[]): Actor {
  const aliases = new Set<string>();
  const titles = new Map<string, number>();
  const countries = new Map<string, number>();
  const articles = new Set<string>();
  for (const list of [clusters.own(c), clusters.joined(c)]) {
    for (const i of list) {
      const n = people.count[i]!;
      aliases.add(people.fullName[i]!);
      aliases.add(people.name[i]!);
      bump(titles, people.title(i), n);
      bump(countries, people.country(i), n);
      articles.add(people.articleId[i]!);
    }
  }
  for (const i of clusters.named(c)) {
    const f = forms[i]!;
    aliases.add(f.alias);
    articles.add(f.articleId);
  }
  const name = clusters.name[c]!;
  const kind = clusters.kind[c]!;
  return {
    actor_id: stableId('ac', kind, name),
    name,
    kind,
    title: mostFrequent(titles),
    country: kind === 'country' ? name : mostFrequent(countries),
    aliases: [...aliases].filter((a) => a !== name).sort(),
    article_ids: [...articles].sort(),
  };
}

/** How many articles must name someone in full for a bare surname elsewhere to be taken for them. */
const WELL_KNOWN_ARTICLES = 3;

const byActorId = (a: Actor, b: Actor) => (a.actor_id < b.actor_id ? -1 : a.actor_id > b.actor_id ? 1 : 0);

/**
 * Resolve the people named across the corpus (and the countries and organisations events name)
 * into canonical actors.
 * @param people the people of every article (PersonMentions, or each form once with its count)
 * @param others countries and organisations named by events
 * @returns actors sorted by `actor_id`, and `canonical(articleId, name)` mapping a name as used in
 *   an article to its actor's canonical name (unknown names come back unchanged)
 */
export function resolveActors(allPeople: readonly PersonName[], named: OtherActor[]): ActorResolution {
  // A group or organisation found as a person's name (`Labour MPs`, `Human Rights`) is an organisation.
  let people = new PeopleForms(allPeople.filter((p) => !isGroupName(p.fullName)));
  // [scale] Every form is folded here, most twice: 22,400 articles name more people than the memo
  // of `foldName` keeps (it was emptied six times over). This call's memo keeps every fold until it returns.
  const folds = new Map<string, string>();
  const foldHere = (name: string): string => remembered(folds, name, fold, Infinity);
  const others = [...named, ...allPeople.filter((p) => isGroupName(p.fullName)).map((p) => ({ articleId: p.articleId, name: p.fullName, kind: 'organization' as const }))];
  // Process: group mentions by the folded key of their fullest in-article name.
  let clusters = new ActorClusters(people.length);
  const byKey = new Map<string, number>();
  const clusterOf = (key: string, kind: Actor['kind']): number => {
    let c = byKey.get(key);
    if (c === undefined) byKey.set(key, (c = clusters.add(kind)));
    return c;
  };
  // In how many articles each multiword name is given (people come article by article).
  const articlesNaming = new Map<string, { n: number; last: string }>();
  people.fullName.forEach((full, i) => {
    const key = foldHere(full);
    if (!key) return;
    clusters.addOwn(clusterOf(key, 'person'), i);
    if (!key.includes(' ')) return;
    const seen = articlesNaming.get(key);
    if (!seen) articlesNaming.set(key, { n: 1, last: people.articleId[i]! });
    else if (seen.last !== people.articleId[i]) (seen.n++, (seen.last = people.articleId[i]!));
  });
  // A bare surname from another article (`Mr Vantor`, never named in full there) is taken for
  // someone the corpus names in full only when that someone is named in several articles: one
  // named once or twice elsewhere is as likely a namesake.
  const wellKnown = (key: string) => (articlesNaming.get(key)?.n ?? 0) >= WELL_KNOWN_ARTICLES;

  // A one-word key joins the single multiword person whose surname (or family name) it is.
  const lastWord = new Map<string, string[]>();
  const firstWord = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    push(lastWord, words[words.length - 1]!, key);
    push(firstWord, words[0]!, key);
  }
  const redirect = new Map<string, string>();
  for (const key of [...byKey.keys()].sort()) {
    if (key.includes(' ')) continue;
    const asSurname = lastWord.get(key) ?? [];
    const asFamilyName = asSurname.length ? [] : (firstWord.get(key) ?? []);
    const targets = asSurname.length ? asSurname : asFamilyName;
    if (targets.length !== 1 || !wellKnown(targets[0]!)) continue;
    const target = targets[0]!;
    clusters.join(byKey.get(key)!, byKey.get(target)!);
    // The one-word form is an alias, never the canonical spelling of a multiword name.
    byKey.delete(key);
    redirect.set(key, target);
  }

  // Countries and organisations, by their names made canonical (`But Germany` is Germany, `Berlin`
  // standing for its government is Germany, `Prime Minister X` is the person X).
  const personIn = personFinder(people);
  const forms: NamedForm[] = [];
  // By article, then by name as written there (`canonical` builds no key to look one up).
  const otherAs = new Map<string, Map<string, { kind: Actor['kind']; name: string } | null>>();
  for (const o of others) {
    const form = otherForm(o, personIn);
    let inArticle = otherAs.get(o.articleId);
    if (!inArticle) otherAs.set(o.articleId, (inArticle = new Map()));
    inArticle.set(o.name, form);
    if (!form) continue;
    if (form.kind === 'person') {
      // A person named only here (`Mr Crosby` as a speaker): a person of their own, or the one they are.
      const folded = foldHere(form.name);
      const surnameOf = folded.includes(' ') ? [] : lastWord.get(folded) ?? [];
      const key = redirect.get(folded) ?? (surnameOf.length === 1 && wellKnown(surnameOf[0]!) ? surnameOf[0]! : folded);
      clusters.addNamed(clusterOf(key, 'person'), forms.push({ name: form.name, alias: o.name, articleId: o.articleId }) - 1);
      continue;
    }
    const key = `${form.kind}:${form.kind === 'country' ? form.name : foldOrganisation(form.name)}`;
    clusters.addNamed(clusterOf(key, form.kind), forms.push({ name: form.name, alias: o.name, articleId: o.articleId }) - 1);
  }
  clusters.seal();

  // Every actor's name now (`canonical` needs them); its row only when asked for ([scale]: the
  // actors table keeps about a quarter of them, those who speak or act).
  // The actors in order of first mention: a one-word name that joined another is none.
  let actorsFound = [...byKey.values()];
  for (const c of actorsFound) clusters.name[c] = canonicalName(clusters, c, people, forms);

  // Lookups for `canonical`: by the article's own spelling first, then corpus-wide by key. Only
  // the names are kept (not the clusters' counts and sets), for as long as `canonical` lives.
  const nameOf = new Map([...byKey].map(([key, c]) => [key, clusters.name[c]!]));
  byKey.clear();
  const personName = (key: string): string | undefined => nameOf.get(redirect.get(key) ?? key);
  // Kept only where the article's own spelling leads elsewhere than the name alone (`Lavrov`
  // where the article wrote `Sergei Lavrov`, and the corpus has another Lavrov): any other entry
  // would say what the lookup by key says, and a corpus of 50,000 articles would keep it for
  // nothing. Set or dropped in order, so the last form of a name in an article decides, as ever.
  const perArticle = new Map<string, string>();
  // The articles that ever had an entry there: for the others no key is built ([scale]: few have one).
  const withLocal = new Set<string>();
  for (let i = 0; i < people.length; i++) {
    const name = personName(foldHere(people.fullName[i]!));
    if (!name) continue;
    const articleId = people.articleId[i]!;
    const own = personName(foldHere(people.name[i]!)) !== name;
    if (!own && !withLocal.has(articleId)) continue;
    perArticle.delete(`${articleId}\u0000${people.fullName[i]}`);
    const key = `${articleId}\u0000${people.name[i]}`;
    if (!own) perArticle.delete(key);
    else {
      perArticle.set(key, name);
      withLocal.add(articleId);
    }
  }
  const canonical = (articleId: string, name: string): string => {
    const local = withLocal.has(articleId) ? perArticle.get(`${articleId}\u0000${name}`) : undefined;
    if (local) return local;
    const other = otherAs.get(articleId)?.get(name);
    if (other?.kind === 'person') return personName(foldName(other.name)) ?? other.name;
    return canonicalOf(other ? other.name : name);
  };
  // What a name comes to wherever it is written, found once (names recur, each costing a fold or two).
  const byName = new Map<string, string>();
  const canonicalOf = (name: string): string => remembered(byName, name, nameAnywhere, 100_000);
  const nameAnywhere = (name: string): string => {
    const person = personName(foldName(name));
    if (person) return person;
    // An organisation that speaks as itself (`Kremlin`, `White House`) keeps its name, not its country's.
    const org = nameOf.get(`organization:${foldOrganisation(name)}`);
    if (org) return org;
    return countryOf(name) ?? name;
  };
  // A person's country by canonical name: of the people of that name, the last (in actor order) that has one.
  let personsNamed: Map<string, number[]> | null = null;
  const countryOfPerson = new Map<string, string | null>();
  const personCountry = (name: string): string | null => {
    let country = countryOfPerson.get(name);
    if (country !== undefined) return country;
    if (!personsNamed) {
      personsNamed = new Map();
      for (const c of actorsFound) if (clusters.kind[c] === 'person') push(personsNamed, clusters.name[c]!, c);
    }
    country = null;
    for (const c of personsNamed.get(name) ?? []) country = personCountryOf(clusters, c, people) ?? country;
    countryOfPerson.set(name, country);
    return country;
  };
  folds.clear(); // the closures below share this call's scope: it must not keep the memo alive
  let all: Actor[] | null = null;
  const release = () => {
    actorsFound = [];
    clusters = new ActorClusters(0);
    people = new PeopleForms([]);
    personsNamed = null;
    forms.length = 0;
  };
  return {
    get actors() {
      return (all ??= actorsFound.map((c) => actorRow(clusters, c, people, forms)).sort(byActorId));
    },
    actorsNamed: (names) => (all ? all.filter((a) => names.has(a.name)) : actorsFound.filter((c) => names.has(clusters.name[c]!)).map((c) => actorRow(clusters, c, people, forms)).sort(byActorId)),
    release,
    forget() {
      release();
      all = null;
      for (const m of [perArticle, otherAs, nameOf, redirect, countryOfPerson, byName, FOLDED]) m.clear();
      withLocal.clear();
    },
    canonical,
    personCountry,
  };
}
