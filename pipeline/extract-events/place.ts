/**
 * Where an event took place: a place phrase in its clause (`in Moscow`, `at the Iikura Guest House
 * in Tokyo`, `at a Munich hotel`), `here` (the dateline), the destination of a visit; and the
 * dateline city as the default for the article's news (see `finish.ts`).
 */
import { countryFromDemonym, countryOf, datelineCity, isPlaceName, ORGANISATION_WORD } from '../lib/gazetteer.js';
import type { People } from './actors.js';

// Words of one place name are joined by spaces (not a line break: a paragraph ends the name).
// A sentence may open with its place (`In Geneva, X accused Y`).
const PLACE = /\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?: +(?:[A-Z][\w.'’-]*|of|de|des|du|la|le|del|di|von|van|al)(?=\s|$|[,.;])){0,4})(?: +in +([A-Z][\w.'’-]*(?: +[A-Z][\w.'’-]*){0,2}))?|\bhere\b/g;
/** `at a Munich hotel`, `at the Moscow airport`: a city named as the venue's modifier. */
const CITY_VENUE = /\b(?:in|at)\s+(?:a|an|the)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:hotel|palace|airport|conference|summit|venue|residence|villa|mansion|estate|resort|base|stadium|hall|embassy|headquarters)\b/;
/** `in the Niger capital Niamey`, `to the capital, Abuja`: a city named after its kind. */
const CITY_NAMED = /\b(?:[Ii]n|at|near|to) the (?:[A-Z][\w'’-]* )?(?:capital|city|port|town),? ([A-Z][\w'’\u2010\u2011-]*(?: [A-Z][\w'’-]*)?)/;
const CITY_OF = /\b(?:[Ii]n|at|near) (?:the |a )?(?:[A-Za-z-]+ ){0,2}(?:city|town|village|port|capital|province|region|district|resort|hub|centre|center) of ((?:[A-Z][\w'’\u2010\u2011-]*)(?:\s+[A-Z][\w'’-]*){0,2})/;
const TRAVEL = /\b(?:fl(?:y|ies|ying|ew|own)|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|travel(?:s|l?ed|l?ing)?)\s+(?:in\s+to|into|in|to|at)\s+(?:the\s+)?(\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2})/u;
const VENUE = /\b(?:House|Palace|Palais|Hotel|Hall|Cent(?:re|er)|Building|Headquarters|Castle|Stadium|Square|Kremlin|Residence|Villa|Lodge|Resort|Airport|Base|Embassy|Mansion)\b/;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|World|The|A|An|Parliament|Congress|Commons|Lords|Senate|Court|English|Christmas|Easter|Ramadan|Twitter|Facebook|Instagram|YouTube|Reuters|Associated|Press)\b/;
// A capitalised phrase followed by a lowercase noun is a modifier (`in the Acme Shield system`), not a
// place; a place is followed by punctuation or by one of these words.
const AFTER_PLACE = /^(?:\s*$|\s*[,.;:)!?—–-]|\s+(?:to|on|and|or|in|at|for|with|after|before|during|last|this|next|as|where|when|that|which|while|but|from|since|until|earlier|later|amid|over|under|by|is|was|were|are|will|would|has|had|have|said|says|told|the|a|an|of|early|late|mid|around|about|ahead|following|between|near|alongside|together|again|yesterday|today|tomorrow)\b)/;

/** Last words of outlets, firms and institutes (`in the Harbour Times`, `at Acme Partners`): who publishes or employs, not a place. */
const BODY_HEADS = /\b(?:Times|Post|News|Journal|Herald|Gazette|Tribune|Telegraph|Mail|Guardian|Observer|Express|Chronicle|Magazine|Radio|Television|TV|Research|Partners|Capital|Associates|Consulting|Consultants|Securities|Holdings|Media|Labs|Systems|Technologies|Solutions|Networks|Communications|Ventures|Analytics|Insights|Advisors|Advisers|Economics|Markets|Investments|Management|Foundation|Trust|Centre for|Center for)$/;

/**
 * The first place phrase in `text[from, to)` (at most a few hundred characters are read).
 * @param here the dateline place, for `here`
 */
// An office (`chief executive at`, `a director at`): the body after `at` employs, it is no place.
const EMPLOYER_BEFORE = /\b(?:ceo|chief executive|executive|chairman|chairwoman|director|manager|boss|head|president|partner|analyst|economist|spokesman|spokeswoman|employee|engineer|trader|banker|officer)\s+$/i;

export function placeIn(text: string, from: number, to: number, people: People, here: string | null): string | null {
  if (to <= from) return null;
  // A window that ends inside a word would cut a name (`hub of Sant|iago`): it runs to the word's end.
  let stop = Math.min(to, from + 400);
  for (let n = 0; stop < text.length && n < 40 && /[\p{L}\p{N}'’-]/u.test(text[stop]!) && /[\p{L}\p{N}'’-]/u.test(text[stop - 1]!); n++) stop++;
  const seg = text.slice(from, stop);
  for (const m of seg.matchAll(PLACE)) {
    if (m[0] === 'here') {
      if (here) return here;
      continue;
    }
    let name = m[1]!;
    const s = from + m.index + m[0].indexOf(name);
    if (people.overlaps(s, s + name.length) || people.hasSurname(name)) continue;
    if (NOT_PLACE.test(name)) continue;
    // `a former director at Valparaiso`: after an office, `at X` is the employer, not a place.
    if (/^at\s/.test(m[0]) && EMPLOYER_BEFORE.test(seg.slice(Math.max(0, m.index - 24), m.index))) continue;
    // `regretted not being in Lisbon`: where someone was not.
    if (/\b(?:not|never|n't)\s+(?:being\s+|be\s+)?$/.test(seg.slice(Math.max(0, m.index - 16), m.index))) continue;
    const bare = name.replace(/[.,;:]+$/, '');
    if (!m[2] && !AFTER_PLACE.test(text.slice(s + bare.length, s + bare.length + 24))) continue;
    // `in Japan's northern regions`: a possessive is a modifier, not the place.
    if (/['’]s$/.test(name) && /^\s+[a-z]/.test(text.slice(s + name.length, s + name.length + 3))) {
      const bareName = name.replace(/['’]s$/, '');
      if (!countryOf(bareName) || countryOf(bareName) === bareName) continue;
      name = bareName; // `Tokyo’s Minato Ward` → Tokyo
    }
    // A demonym is not a place (`in the Russian Far East city`).
    if (countryFromDemonym(name.split(' ')[0]!)) continue;
    if (VENUE.test(name) && m[2]) return `${cleanPlace(name)}, ${cleanPlace(m[2])}`;
    if (ORGANISATION_WORD.test(name) || BODY_HEADS.test(name)) continue;
    // `at the BVTA`: an initialism the gazetteer does not know is a body, not a place.
    if (/^\p{Lu}{2,}$/u.test(name) && !isPlaceName(name) && !countryOf(name)) continue;
    name = cleanPlace(name);
    if (name) return name;
  }
  // `flying in to Moscow`, `landed at Lindholm airport`: where a journey ended.
  const travel = TRAVEL.exec(seg);
  if (travel && !people.overlaps(from + travel.index, from + travel.index + travel[0].length) && !NOT_PLACE.test(travel[1]!) && !countryFromDemonym(travel[1]!.split(' ')[0]!)) return cleanPlace(travel[1]!);
  // `in the eastern city of Hangzhou`.
  const city = CITY_OF.exec(seg) ?? CITY_NAMED.exec(seg);
  if (city && !people.overlaps(from + city.index, from + city.index + city[0].length)) return cleanPlace(city[1]!);
  const venue = CITY_VENUE.exec(seg);
  if (venue && !countryFromDemonym(venue[1]!.split(' ')[0]!) && !NOT_PLACE.test(venue[1]!)) return cleanPlace(venue[1]!);
  return null;
}

/** `Moscow, Russia` → Moscow; trailing punctuation and possessives off. */
export function cleanPlace(name: string): string {
  return name.replace(/['’]s$/, '').replace(/[.,;]+$/, '').replace(/,\s*[A-Z][\w.-]*$/, '').trim();
}

/**
 * The place a dateline stands for (`MOSCOW` → Moscow, `UNITED NATIONS` → New York), or null when
 * it names several (`MOSCOW/KIEV`): then the article's news has no single default place.
 */
export function datelinePlace(dateline: string | null): string | null {
  if (!dateline) return null;
  const head = dateline.replace(/\s*\(.*$/, '').split(',')[0]!.trim();
  if (!head || /[/&]|\band\b/i.test(head)) return null;
  return datelineCity(titleCase(head));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** The destination of a visit: `visited Japan`, `his visit to Moscow`. */
export function destination(after: string, people: People, afterStart: number, notActor: RegExp): string | null {
  const dest = /^\s+(?:to\s+)?((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})/.exec(after.slice(0, 80));
  if (!dest || notActor.test(dest[1]!) || people.overlaps(afterStart, afterStart + dest[0].length)) return null;
  return cleanPlace(dest[1]!);
}
