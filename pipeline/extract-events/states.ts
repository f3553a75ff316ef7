/**
 * The states and organisations a span names as actors: countries by name, demonym or capital,
 * bodies by name (`the Kremlin`, `Acme & Sons`), with the many capitalised phrases that name none
 * (contests, a country's people or media, stakeholders, former officials, happenings).
 */
import { FIRM_HEADS, ORGANISATION_WORD, countryFromCapital, countryFromDemonym, countryOf, isInstitutionSeat, isRegionalDemonym, isStateOrganWord, isTitleWord, organisationAlias } from '../lib/gazetteer.js';
import type { People } from './actors.js';
import { words as wordTable } from './lexicon.js';

const FIRM_HEAD_SET: ReadonlySet<string> = new Set(FIRM_HEADS);

const CAP_SEQ = /\b(?:the\s+)?((?:[A-Z][\w.'’-]*|of)(?:\s+(?:[A-Z][\w.'’-]*|(?:of|&)(?=\s+[A-Z])))*)/g;
/** Capitalised words that are not actors on their own. */
export const NOT_ACTOR = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|In|On|At|For|But|And|Or|If|As|After|Before|During|While|When|Meanwhile|However|Also|Mr|Mrs|Ms|Dr|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Speaking|According|Foreign|Defense|Defence|Prime|Minister|President|Earlier|Later|Last|Next|Both|All|Some|Many|Most|Other|Such|Under|Since|Despite|Asked|Even)$/;

const NON_STATE_HEAD = /^(?:Party|Union|Front|Movement|League|Alliance|Association|Federation|Congress|Institute|Company|Corporation|Group|Coalition|Council|Committee|Commission)$/;
const INDIVIDUAL_AFTER = /^\s+(?:(?:political|senior|prominent|leading|former|young|local|veteran)\s+)?(?:man|woman|men|women|boy|girl|teenager|student|students|resident|residents|citizen|citizens|national|nationals|worker|workers|firms?|compan(?:y|ies)|businesses|banks|investors|carmakers|exporters|manufacturers|retailers|couple|family|tourist|tourists|driver|mother|father|businessman|banker|bankers|doctor|nurse|teacher|pilot|journalist|fan|fans|boss|islamists|militants|rebels|gunmen|extremists|jihadists|separatists|protesters|demonstrators|insurgents|fighters|hackers|politicians?|lawmakers?|legislators?|parliamentarians?|campaigners?|activists?|voters?|supporters?|critics?|opponents?|dissidents?|commentators?|experts?|analysts?|academics?|scientists?|doctors|medics?|lawyers?|media|press|newspapers?|papers|broadcasters?|channels?|tv|television|radio|magazines?|stations?|websites?|pundits?|columnists?|internationals?|captain|skipper|strikers?|midfielders?|defenders?|wingers?|goalkeepers?|players?|stars?|coach|manager|archbishop|bishop|cardinal|priest|cleric|imam|rabbi|chairman|chairwoman|professor|author|writer|novelist|poet|actor|actress|singer|artist|entrepreneur|tycoon|billionaire|magnate|chef|filmmaker|director)\b/i;

// Happenings, contests and geography named after a country (`Iraq War`, `US Open`, `Indian Ocean`): no body acts.
const NOT_BODIES = new Set([
  'war', 'wars', 'crisis', 'cup', 'open', 'games', 'olympics', 'championship', 'championships', 'summit', 'conference', 'talks', 'day', 'week', 'year',
  'election', 'elections', 'referendum', 'revolution', 'invasion', 'ocean', 'sea', 'gulf', 'peninsula', 'island', 'islands', 'strait', 'river', 'mountains',
  'desert', 'coast', 'border', 'plateau', 'basin',
]);
/** Contests named by a demonym (`their Asian title`, `the French crown`): no state acts. */
/** Nouns after a demonym that act for its state (`Japanese officials`, `the Russian side`). */
const STATE_AGENTS = wordTable('regulator, regulators, watchdog, airstrikes, strikes, shelling, artillery, missiles, drones, bombers, officials, official, government, governments, authorities, authority, forces, force, troops, army, navy, military, side, delegation, delegates, diplomats, diplomat, envoy, envoys, leader, leaders, leadership, ministry, ministries, minister, ministers, premier, president, presidency, regime, negotiators, administration, cabinet, parliament, embassy, spokesman, spokeswoman, spokesperson, state, warships, jets, planes, aircraft, submarines, coastguard, guards, intelligence, prosecutors, court, courts, judges, police, people, counterpart, counterparts, team, consulate');
/** Words right after a demonym that make it the subject (`the Japanese have`, `British said`). */
const VERB_AFTER_DEMONYM = wordTable('said, says, say, have, has, had, are, were, is, was, will, would, also');
/** Is the demonym before `after` an adjective on a thing (`Danish summer`, `Danish bacon`), no organ of a state? */
function demonymOnThing(after: string): boolean {
  const m = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
  if (!m) return false;
  return !VERB_AFTER_DEMONYM.has(m[1]!) && !STATE_AGENTS.has(m[1]!) && !(m[2] && STATE_AGENTS.has(m[2]));
}
const CONTESTS = wordTable('title, titles, crown, trophy, cup, championship, championships, final, finals, record, medal, medals, tour, derby, qualifier, qualifiers');

const BASED_IN = /^\p{Lu}[\p{L}.'’-]*-based\s+/u;

/** Nouns of an unnamed body after the capitalised words that describe it (`a Norwegian fishing group`). */
const GROUP_NOUNS = wordTable('group, groups, organisation, organization, body, charity, community, association, council, campaign, movement, network, coalition, lobby, outfit');

/** Adjectives of an attitude toward something (`critical of X`, `hostile to X`). */
const ATTITUDE_ADJECTIVES = wordTable('critical, wary, sceptical, skeptical, supportive, proud, fearful, afraid, tired, fond, ashamed, suspicious, dismissive, contemptuous, jealous, envious, mindful, hostile, opposed, sympathetic, loyal, close, friendly');

/** Bodies of a country's people, not organs of its state (`a French farmers' union`, `a Dutch football club`). */
const NON_STATE_BODIES = wordTable(
  'union, unions, club, clubs, federation, association, league, church, charity, charities, university, universities, industry, lobby, chamber, guild, cooperative, co-operative, ' +
  'firm, firms, company, companies, carmaker, maker, makers, brewer, brewers, airline, airlines, retailer, retailers, manufacturer, manufacturers, ' +
  'producer, producers, insurer, insurers, conglomerate, giant, exporter, exporters');
/** Is one of the first two lower-case words after a demonym a non-state body (`dockers' union leader`)? */
function nonStateBodyAfter(after: string): boolean {
  const m = /^\s+([a-z][a-z'’-]*)(?:\s+([a-z][a-z'’-]*))?/.exec(after);
  return !!m && (NON_STATE_BODIES.has(m[1]!.replace(/['’]s?$/, '')) || (!!m[2] && NON_STATE_BODIES.has(m[2])));
}

/** What follows a demonym used as a person (`the American said`, `the Russian, who ...`). */
const PERSON_VERBS = wordTable('said, says, added, told, tells, won, wins, lost, loses, beat, beats, was, is, has, had, turned, called, who, insisted, admitted, explained');
/** Is a singular demonym (`American`, `Russian`) followed by a person's verb or an aside? */
function demonymAsPerson(phrase: string, after: string): boolean {
  if (!/an$/.test(phrase) || !countryFromDemonym(phrase)) return false;
  return /^\s*,/.test(after) || PERSON_VERBS.has(/^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '');
}
/** Offices after `former X` (`a former Treasury official`). */
const FORMER_SERVANTS = wordTable('minister, secretary, chief, head, official, director, president, adviser, advisor, aide, spokesman, spokeswoman, executive, chairman, boss, employee, officer, ambassador, envoy, member');
/** People with a stake in a body who do not speak for it. */
const STAKEHOLDERS = wordTable('shareholders, shareholder, stockholders, investors, customers, customer, clients, employees, staff, workers, users, passengers, depositors, bondholders, creditors, pensioners, fans, supporters');
const COUNT_OPENING = new RegExp(String.raw`^(?:${['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Several', 'Some', 'Many', 'Most', 'Both', 'All'].join('|')})\s+(?=\p{Lu})`, 'u');

/** Words that make a country's name part of another place's (`New South Wales`, `South Wales`). */
const COMPASS = new Set(['New', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Central']);

const LOCAL_BODY = /^\s+(police|prosecutors|prosecutor's office|fire brigade|city council|city hall|mayor's office|stock exchange|exchange)\b/i;

/** Countries (from names, demonyms, capitals) and organisations named in a span, not inside a person's name or title. */
export function statesIn(text: string, from: number, to: number, people: People): string[] {
  const out: string[] = [];
  const seg = text.slice(from, Math.min(to, from + 600));
  let locative = false;
  for (const m of seg.matchAll(CAP_SEQ)) {
    // Sentence punctuation is not part of a name (`... and the Conservatives.`); initials keep theirs (`U.S.`).
    // `Two Acme shareholders`: a count opening the sentence is no part of the name.
    const named = m[1]!.replace(/^(?:(?:A|An|The|of)\s+)+/, '').replace(COUNT_OPENING, '');
    // `Lisbon-based Tavora Lines`: where a body is based is no part of its name, and says it is a body.
    const based = BASED_IN.exec(named);
    const phrase = named
      .slice(based ? based[0].length : 0)
      .replace(/['’]s?$/, '')
      .replace(/(?<![A-Z]\.[A-Z]?)[.,;:]+$/, '');
    if (!phrase) continue;
    const rel = m.index + m[0].length - m[1]!.length;
    const s = from + rel;
    // A place after `in`/`at` (and what it coordinates: `in England and Wales`) says where the
    // actor is, not who acts (`the top Catholic in England and Wales backed ...`).
    const before = seg.slice(Math.max(0, rel - 20), rel);
    locative = /\b(?:in|at|near|across|throughout|from|to|into|outside|inside|off|around)\s+(?:the\s+)?$/.test(before) || (locative && /(?:^|\s)(?:and|or)\s+(?:the\s+)?$|,\s*$/.test(before));
    if (locative) continue;
    // `fans on Danish TV accused ...`: a broadcast someone speaks on does not act.
    if (/\bon\s+(?:the\s+)?$/.test(before) && /\b(?:TV|Television|Radio|Channel)$/.test(phrase)) continue;
    // `a sculptor critical of Norwegian theatre grants`: what an attitude is toward does not act.
    const lead = /^(?:(?:A|An|The|of)\s+)+/.exec(m[1]!)?.[0] ?? '';
    if (ATTITUDE_ADJECTIVES.has(/(\p{Ll}+)\s+(?:of|to|toward|towards)\s+(?:the\s+)?$/u.exec(before + lead)?.[1] ?? '')) continue;
    if (people.overlaps(s, s + phrase.length)) continue;
    const words = phrase.split(/\s+/);
    if (NOT_ACTOR.test(words[0]!) && words.length === 1) continue;
    // `Airlines have attacked the plan`: a firm's head word alone is the common noun.
    if (words.length === 1 && FIRM_HEAD_SET.has(phrase)) continue;
    if (based && !countryOf(phrase)) {
      if (!out.includes(phrase)) out.push(phrase);
      continue;
    }
    // A named institution (`European Court of Justice`, `Scottish National Party`) is itself the actor;
    // a state's organ named by its demonym (`Russian Foreign Ministry`) stands for the state.
    if (words.length >= 2 && ORGANISATION_WORD.test(phrase) && (isRegionalDemonym(words[0]!) || words[0] === 'International' || words.includes('of') || (words.length >= 3 && NON_STATE_HEAD.test(words[words.length - 1]!))) && countryOf(phrase) !== phrase) {
      const org = organisationAlias(phrase) ?? phrase;
      if (!out.includes(org)) out.push(org);
      continue;
    }
    // `Norway Rowing`, `Danish Ferries`: a country's name before words that are no organ of its state names a body of its own.
    if (words.length >= 2 && countryOf(words[0]!) && !countryOf(phrase) && words.slice(1).every((w) => /^\p{Lu}/u.test(w) && !isStateOrganWord(w) && !isTitleWord(w) && !countryOf(w) && !NOT_ACTOR.test(w)) && !NOT_BODIES.has(words[words.length - 1]!.toLowerCase())) {
      // `a Norwegian fishing group`: the capitalised words describe an unnamed body, which names no one.
      if (GROUP_NOUNS.has(/^\s+(\p{Ll}+)/u.exec(seg.slice(rel + m[1]!.length, rel + m[1]!.length + 20))?.[1] ?? '')) continue;
      // `Norway's NRF`: the body is what the country owns.
      const body = /['’]s$/.test(words[0]!) ? words.slice(1).join(' ') : phrase;
      if (!out.includes(body)) out.push(body);
      continue;
    }
    // `the Russian side`/`Japanese officials` → the country; the longest known part wins (`Democratic People's Republic of Korea`, not its `Republic of Korea`).
    let found: string | null = null;
    for (let n = Math.min(6, words.length); n >= 1 && !found; n--) {
      for (let i = 0; i + n <= words.length && !found; i++) {
        // `New South Wales`, `North Wales Police`: a compass word before a country's name makes another place of it.
        if (i > 0 && COMPASS.has(words[i - 1]!)) continue;
        const c = countryOf(words.slice(i, i + n).join(' '));
        if (c) found = c;
      }
    }
    // `a Georgia man`, `two Canadian tourists`: people of a country, not the state acting;
    // `a Danish dockers' union leader`: a body of the country's people, not of its state.
    const after = seg.slice(rel + m[1]!.length, rel + m[1]!.length + 32);
    if (found && (INDIVIDUAL_AFTER.test(after) || nonStateBodyAfter(after) || CONTESTS.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? ''))) continue;
    // `a damp Danish summer threatened the harvest`, `Japanese cars`: a demonym on a thing that is no organ of the state.
    if (found && words.length === 1 && countryFromDemonym(phrase) && !/s$/.test(phrase) && demonymOnThing(after)) continue;
    // `the American said`, `the Russian turned his ankle`: a singular demonym alone is a person.
    if (found && words.length === 1 && (/^the\s/i.test(m[0]) || /\bthe\s+$/i.test(before)) && demonymAsPerson(phrase, after)) continue;
    // `Berlin police`, `Paris prosecutors`: a city's own force or office, not the state.
    const local = found && countryFromCapital(phrase) ? LOCAL_BODY.exec(seg.slice(rel + m[1]!.length, rel + m[1]!.length + 24)) : null;
    if (local) {
      const org = `${phrase} ${local[1]!.toLowerCase()}`;
      if (!out.includes(org)) out.push(org);
      continue;
    }
    // `the Kremlin` is the institution (its country is found from it); `Moscow said` is Russia.
    if (found && isInstitutionSeat(phrase)) found = phrase;
    if (found) {
      if (!out.includes(found)) out.push(found);
      continue;
    }
    // `Acme Bank shareholders`, `Acme customers`: people with a stake in a body, not the body acting.
    if (STAKEHOLDERS.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) continue;
    // `a former Treasury official`: someone who once served the body, not the body acting.
    if (/\bformer\s+$/.test(before) && FORMER_SERVANTS.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) continue;
    // `Larkin & Larkin`: names joined by an ampersand are a firm.
    if ((ORGANISATION_WORD.test(phrase) || organisationAlias(phrase) || / & /.test(phrase)) && !NOT_ACTOR.test(phrase)) {
      const joined = joinedToBody(seg, rel, from, people);
      const full = joined ? `${joined} and ${phrase}` : phrase;
      const org = organisationAlias(full) ?? full.replace(/^(?:The|the)\s+/, '');
      if (!out.includes(org)) out.push(org);
    }
  }
  return out;
}

/**
 * `the Mining and Energy Commission`: the capitalised word joined by `and` right before a body's
 * name (at `rel` in `seg`) is part of that name, unless it ends a name of its own (`Bank of Lakonia
 * and X Bank`, `Acme Oil and X Bank`) or is itself a state, a body or a person (`Tories and Greens`).
 */
function joinedToBody(seg: string, rel: number, from: number, people: People): string | null {
  const window = seg.slice(Math.max(0, rel - 40), rel);
  const m = /(?:^|(\S+)\s+)(\p{Lu}[\p{L}'’-]*)\s+and\s+$/u.exec(window);
  if (!m) return null;
  const prev = m[1], word = m[2]!;
  if (prev && (prev === 'of' || (/^\p{Lu}/u.test(prev) && !/^(?:The|An?)$/.test(prev)))) return null;
  if (countryOf(word) || organisationAlias(word) || ORGANISATION_WORD.test(word) || NOT_ACTOR.test(word)) return null;
  // The match ends at `rel`; the word is the last capitalised one in it.
  const start = from + rel - m[0].length + m[0].lastIndexOf(word);
  return people.overlaps(start, from + rel) ? null : word;
}
