/**
 * Readings of trigger words decided from what follows them (`called on` asks, `called X` phones,
 * `warned X not to` demands, `admitted his guilt` concedes, `hosted X` meets): bounded looks at the
 * next words of the sentence, after the table in `triggers.ts` has matched the word.
 */
import { ADDRESSEES, CAPTIVE_NOUNS, CONCESSIONS, PASSIVE_BE, PROPOSITION_NOUNS, SIGNED_OBJECTS, SPEECH_PARTICIPLES, TALK_NOUNS, VERBAL_TARGETS, words } from './lexicon.js';
import { followedBy, isCapitalised, isQuoteMark, type Token } from './tokens.js';
import type { SenseContext, TriggerHit } from './triggers.js';
import { isTitleHead } from '../lib/gazetteer.js';

const W = words;
const TITLE_OR_DEMONYM = /^(?:\p{Lu}[\p{L}.'’-]*|of|the)$/u;
const CALL_REQUEST = W('on, upon, for');
const ADVISED = W('residents, citizens, people, public, travellers, travelers, tourists, nationals, motorists, drivers, parents, users, customers, consumers, passengers, supporters, members, activists, voters, colleagues, staff');
// What follows `condemned X to` when it is a fate (`to a ninth defeat`, `to death`), not an infinitive (`appears to be`).
const FATES = W('a, an, another, the, their, his, her, its, death, life, years, decades, prison, jail, exile, poverty, misery, defeat, relegation, failure, history, oblivion, obscurity');
const OWN_DETERMINERS = W('his, her, their, its, our, my');
const OWN_SIDE = W("own, side, side's, team, team's, players, squad, club, club's, performance, display, win, victory, result, achievement, achievements");
/** Does the capitalised name at `k` end in a possessive (`Ana Ruiz's novel`)? */
function possessiveFrom(tokens: readonly Token[], k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi, k + 4); j++) {
    const t = tokens[j]!;
    if (/['’]s?$/.test(t.raw)) return true;
    if (!/^\p{Lu}/u.test(t.raw)) return false;
  }
  return false;
}

/** Within six words from `k`, before any capitalised name: `his`/`their` and one's side or people? */
function ownBeforeOthers(tokens: readonly Token[], k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi, k + 6); j++) {
    const t = tokens[j]!;
    if (!t.word || /^\p{Lu}/u.test(t.raw)) return false;
    if (OWN_DETERMINERS.has(t.lower)) return followedBy(tokens, j, hi, OWN_SIDE, 2) >= 0 || followedBy(tokens, j, hi, OWN_PEOPLE, 2) >= 0;
  }
  return false;
}

/** People one leads or employs (`the workers`, `the crew`), praised by their head. */
const OWN_PEOPLE = W('workers, staff, employees, crew, players, squad, team, volunteers, rescuers, firefighters, nurses, doctors, lads');
const CONTEST_VERBS = W('win, beat, lift, claim, reach, finish, qualify, score, triumph, prevail, succeed, retain, regain, go, make, take, top');
const GUEST_OPENERS = W('the, his, her, their, its, a, an, him, them, visiting, foreign');
const CLAUSE_TURNS = W('but, although, though, while, whereas');
const VIEWS = W("everything, all, what, view, views, comments, remarks, assessment, analysis, criticism, verdict, position, stance, sentiment, sentiments, point, points");
const OBJECT_PRONOUNS = W('him, her, them, us, me');
const UNSAID = W('blame, point, criticise, criticize, condemn, comment, say, speculate, discuss, name, confirm, reveal, disclose, elaborate, answer');
/** Works and products: what praise of them backs is no party. */
const WORKS = W('film, films, movie, movies, album, albums, song, songs, single, book, books, novel, novels, show, shows, series, play, plays, musical, opera, operas, music, soundtrack, script, screenplay, acting, cast, food, cuisine, dish, dishes, menu, wine, wines, phone, phones, product, products, device, devices, car, cars, design, designs, game, games, app, apps, website, gadget, gadgets, console, camera, software, painting, paintings, artwork, exhibition, collection');
/** The head of the noun phrase opening at `k`: its last word before punctuation, a preposition or a verb-like word (at most 4 words). */
function objectHead(tokens: readonly Token[], k: number, hi: number): string {
  let head = '';
  for (let j = k; j < Math.min(hi, k + 5); j++) {
    const t = tokens[j]!;
    if (!t.word || NOT_IN_NOUN_PHRASE.has(t.lower)) break;
    head = t.lower;
  }
  return head;
}
const NOT_IN_NOUN_PHRASE = W('of, for, in, on, at, to, with, by, from, as, and, or, but, that, which, who, saying, after, before, while, because, since');
const BIRTHS = W('arrival, baby, babies, son, daughter, twins, triplets, child, boy, girl, grandchild, grandson, granddaughter');
const CARE = W('treatment, trainer, physio, physiotherapist, doctor, doctors, medic, medics, ambulance, stretcher, attention');
const FACING_MODALS = W("will, would, 'll, could");
const ASK_STOP = W('about, when, whether, if, how, why, what, who');
// Gerunds that ask something of others (`insisted on being consulted`, `on having a say`).
const PASSIVE_GERUNDS = new Set(['being', 'having', 'getting', 'receiving', 'seeing', 'meeting', 'talking', 'speaking']);
// What a party files and may drop (`dismissed his lawsuit`).
/** What many sign to ask or protest, not to agree with another side. */
const SIGNED_APPEALS = new Set(['letter', 'letters', 'petition', 'petitions']);
const COURT_DOCUMENTS = new Set(['lawsuit', 'suit', 'case', 'complaint', 'claim', 'petition', 'appeal']);
/** `dismissed his (own) lawsuit`: the object is the subject's own suit. */
function ownSuit(tokens: readonly Token[], i: number): boolean {
  if (!OWN_DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return false;
  const k = tokens[i + 2]?.lower === 'own' ? i + 3 : i + 2;
  return COURT_DOCUMENTS.has(tokens[k]?.lower ?? '');
}
const DAY_WORDS = W('monday, tuesday, wednesday, thursday, friday, saturday, sunday, today, tonight, yesterday, tomorrow');
/** Where someone speaks (`on Radio Calloway's morning programme`, `on Twitter`). */
const MEDIA_WORDS = W("radio, tv, television, programme, program, show, channel, air, twitter, facebook, podcast, broadcast, interview, camera, network, network's, programme's, radio's");

export function readSense(tokens: readonly Token[], i: number, hi: number, hit: TriggerHit, ctx: SenseContext): TriggerHit | null {
  const next = nextWord(tokens, i, hi);
  switch (hit.row.sense) {
    case 'call': {
      // `called for treatment`, `called for the trainer`: a player or patient asking for care, no demand on anyone.
      if (next >= 0 && tokens[next]!.lower === 'for' && followedBy(tokens, next, hi, CARE, 3) >= 0) return null;
      if (next >= 0 && CALL_REQUEST.has(tokens[next]!.lower)) return { ...hit, last: next, type: 'REQUEST', name: 'called-on' };
      // `a Panamanian firm called Mossack Fonseca`: a noun named, no call.
      if (afterNounPhrase(tokens, i)) return null;
      // `called British Prime Minister X`: a call to that person; not `the app, called X`, `the comet called X` (a thing
      // named), nor `called X "a gift of an actor"` (words given to X).
      let k = next;
      for (let n = 0; k >= 0 && k < hi && n < 5 && TITLE_OR_DEMONYM.test(tokens[k]!.raw) && !namedThingBefore(tokens, i); n++, k++) {
        // `called X's novel "a delight"`: a possessor's work named, no call.
        if (ctx.personAt(k, k + 1) >= 0 && !possessiveFrom(tokens, k, hi) && !isQuoteMark(tokens[lastOfName(tokens, k, hi) + 1])) return { ...hit, type: 'CONSULT', name: 'phoned', objectFrom: next };
      }
      // `called the launch "absolutely unacceptable"`, `called them traitors`.
      const ev = ctx.evaluation(i + 1, Math.min(hi, i + 10));
      if (ev === 'ACCUSE' || ev === 'SUPPORT') return { ...hit, type: ev, name: 'called-names' };
      return null;
    }
    case 'refuse': {
      // `refused to blame the keeper`, `refused to comment`: declining to speak rejects nothing.
      if (tokens[i + 1]?.lower === 'to' && UNSAID.has(tokens[i + 2]?.lower ?? '')) return null;
      // `refused to rule out a bid`: a refusal to refuse leaves the matter open.
      if (tokens[i + 1]?.lower === 'to' && ((tokens[i + 2]?.lower === 'rule' && tokens[i + 3]?.lower === 'out') || tokens[i + 2]?.lower === 'exclude')) return null;
      return hit;
    }
    case 'deny': {
      // `denied her rival a third title`, `denied her a visa`: kept someone from something, no denial of a claim.
      // The one kept from it is a person, any capitalised name (`denied Rovers a win`) or an object pronoun.
      const who = ctx.personAt(i + 1, Math.min(hi, i + 4));
      const named = who >= 0 ? who : next >= 0 && (isCapitalised(tokens[next]) || OBJECT_PRONOUNS.has(tokens[next]!.lower)) ? next : -1;
      const end = named >= 0 ? lastOfName(tokens, named, hi) : -1;
      const obj = named >= 0 ? nextWord(tokens, end, hi) : -1;
      if (obj >= 0 && WITHHELD_OPENERS.has(tokens[obj]!.lower)) return null;
      // `the keeper denied Ames, Kell and Rudd`: someone kept from scoring, no claim denied
      // (`denied Ames's claim` denies one).
      const after = tokens[end + 1];
      if (who >= 0 && who === next && !/['’]s?$/u.test(tokens[end]!.raw) && (!after || !after.word || DENIED_PERSON_NEXT.has(after.lower) || /ly$/.test(after.lower))) return null;
      return hit;
    }
    case 'insist': {
      // `insisted on Monday`, `insisted on national radio`: a time or a broadcast, nothing demanded.
      const on = next;
      if (on < 0) return hit;
      const first = nextWord(tokens, on, hi);
      if (first >= 0 && DAY_WORDS.has(tokens[first]!.lower)) return null;
      // `insisted on rowing the last leg`: bent on doing something oneself, not asking it of anyone (`on being heard` asks).
      if (first >= 0 && /\p{Ll}{2,}ing$/u.test(tokens[first]!.raw) && !PASSIVE_GERUNDS.has(tokens[first]!.lower)) return null;
      for (let k = on + 1; k < Math.min(hi, on + 7) && tokens[k]!.word; k++) if (MEDIA_WORDS.has(tokens[k]!.lower)) return null;
      return hit;
    }
    case 'ask': {
      // `asked for`, `asked that`, `asked X to/for`; not `asked about`, nor `when asked`.
      if (next < 0 || ASK_STOP.has(tokens[next]!.lower)) return null;
      if (tokens[next]!.lower === 'for' || tokens[next]!.lower === 'that') return { ...hit, last: next };
      const k = followedBy(tokens, i, hi, W('to, for'), 6);
      return k >= 0 ? { ...hit, last: k } : null;
    }
    case 'dismiss': {
      // `voluntarily dismissed the lawsuit`, `dismissed his own suit`: a party dropping its suit withdraws it, it rejects nothing.
      if (tokens[i - 1]?.lower === 'voluntarily' || ownSuit(tokens, i)) return { ...hit, type: 'RETREAT', name: 'withdrew-suit' };
      // `dismissed the opposition as traitors` disparages (ACCUSE); `dismissed the claim (as ridiculous)` rejects it.
      // A person dismissed, even past an aside (`dismissed X, who ..., as a failed politician`), is disparaged.
      if (ctx.personAt(i + 1, Math.min(hi, i + 4)) >= 0 && followedBy(tokens, i, hi, W('as'), 25) >= 0) return { ...hit, type: 'ACCUSE', name: 'dismissed-as' };
      const as = followedBy(tokens, i, hi, W('as'), 7);
      if (as < 0) return hit;
      for (let k = i + 1; k < as; k++) if (PROPOSITION_NOUNS.has(tokens[k]!.lower)) return hit;
      for (let k = i + 1; k < as; k++) if (tokens[k]!.lower === 'it' || tokens[k]!.lower === 'this' || tokens[k]!.lower === 'that') return hit;
      // `the theory was dismissed as absurd`: a passive's claim is its subject.
      if (as === i + 1 && PASSIVE_BE.has(tokens[i - 1]?.lower ?? '')) for (let k = Math.max(0, i - 5); k < i - 1; k++) if (PROPOSITION_NOUNS.has(tokens[k]!.lower)) return hit;
      return { ...hit, type: 'ACCUSE', name: 'dismissed-as' };
    }
    case 'warn': {
      // Advice to the public (`warned residents to stay indoors`) is no accusation.
      if (followedBy(tokens, i, hi, ADVISED, 3) >= 0) return null;
      // `warned against drawing hasty conclusions`: urging others not to.
      if (tokens[i + 1]?.lower === 'against' && /ing$/.test(tokens[i + 2]?.lower ?? '')) return { ...hit, last: i + 1, type: 'REQUEST', name: 'warned-against' };
      // `warned X not to ...`, `warned X to ...`: telling someone what (not) to do is a demand.
      const to = followedBy(tokens, i, hi, W('to'), 7);
      const addressee = to - (tokens[to - 1]?.lower === 'not' ? 2 : 1);
      if (to > i + 1 && addressee > i && (OBJECT_PRONOUNS.has(tokens[addressee]!.lower) || ctx.actorIn(addressee, addressee + 1))) return { ...hit, type: 'REQUEST', name: 'warned-to' };
      // A warning with a condition or a promise of harm is a threat; otherwise a complaint.
      if (followedBy(tokens, i, hi, W('unless, or else, otherwise'), 30, [1, 2]) >= 0) return { ...hit, type: 'THREATEN', name: 'warned-unless' };
      // `warned Norway would face "a heavy price"`: an actor told what it will face is threatened.
      const face = followedBy(tokens, i, hi, W('face'), 12);
      if (face > i + 2 && FACING_MODALS.has(tokens[face - 1]!.lower) && ctx.actorIn(i + 1, face - 1)) return { ...hit, type: 'THREATEN', name: 'warned-threat' };
      const ev = ctx.evaluation(i + 1, Math.min(hi, i + 30));
      if (ev === 'THREATEN') return { ...hit, type: 'THREATEN', name: 'warned-threat' };
      // A warning is an accusation when it names whom it is about (`warned that Japan's plan ...`) or condemns; a forecast is not.
      if (ev === 'ACCUSE' || ctx.actorIn(i + 1, Math.min(hi, i + 25))) return { ...hit, type: 'ACCUSE', name: 'warned' };
      return null;
    }
    case 'attack': {
      // A verbal attack (a person, a policy, `for`/`over` something said or done) is ACCUSE, not
      // ASSAULT: `attacked X over his budget`, `launched an attack on the spending plans`.
      const from = hit.last;
      if (ctx.personAt(from + 1, Math.min(hi, from + 6)) >= 0) return { ...hit, type: 'ACCUSE', name: 'attacked-verbally' };
      if (followedBy(tokens, from, hi, VERBAL_TARGETS, 5) >= 0 || followedBy(tokens, from, hi, W('for, over'), 8) >= 0) return { ...hit, type: 'ACCUSE', name: 'attacked-verbally' };
      // `attacked foreign bankers, saying they ...`: an attack told by its words.
      if (followedBy(tokens, from, hi, SPEECH_PARTICIPLES, 8) >= 0) return { ...hit, type: 'ACCUSE', name: 'attacked-verbally' };
      return hit;
    }
    case 'sign': {
      // `The letter, obtained by X, was signed by A, B and C`: co-signers of a letter or a petition agree with no other side.
      for (let k = i - 1; k >= Math.max(0, i - 12); k--) if (SIGNED_APPEALS.has(tokens[k]!.lower)) return null;
      // An agreement is signed; a unilateral declaration or a condolence book is not one (unless two sides sign it).
      return followedBy(tokens, i, hi, SIGNED_OBJECTS, 6, [1, 2]) >= 0 ? hit : { ...hit, name: 'signed-jointly' };
    }
    case 'praise': {
      // `welcomed their new arrival`, `welcomed a baby girl`: a birth, no backing.
      if (next >= 0 && followedBy(tokens, i, hi, BIRTHS, 4) >= 0) return null;
      // `praised Italian operas`, `hailed the new phone`: praise of a work or a product, no backing of a party.
      if (next >= 0 && WORKS.has(objectHead(tokens, next, hi))) return null;
      // `hailed his side's victory`, `praised her own players`: praise of one's own, no backing of another party.
      if (next >= 0 && OWN_DETERMINERS.has(tokens[next]!.lower) && followedBy(tokens, next, hi, OWN_SIDE, 3) >= 0) return null;
      // `praised the crews who ...`, `thanked the staff`: the people one leads.
      if (next >= 0 && tokens[next]!.lower === 'the' && followedBy(tokens, next, hi, OWN_PEOPLE, 3) >= 0) return null;
      // `hailed the fine display of his men`: the praise reaches one's own before naming anyone else.
      if (next >= 0 && ownBeforeOthers(tokens, next, hi)) return null;
      // `thanked fans for ...`, `praised the crowd`: an audience, no party backed.
      if (next >= 0 && followedBy(tokens, i, hi, AUDIENCES, 3) >= 0) return null;
      // `will support the Larks on their spring tour`: an opening act, no backing of a party.
      if (tokens[i]!.lower.startsWith('support') && followedBy(tokens, i, hi, TOUR_WORDS, 8) >= 0) return null;
      return hit;
    }
    case 'back': {
      // `backed Portugal to win the cup`: a forecast, no backing given.
      const to = followedBy(tokens, i, hi, W('to'), 6);
      return to >= 0 && CONTEST_VERBS.has(tokens[to + 1]?.lower ?? '') ? null : hit;
    }
    case 'condemn': {
      // `condemned the side to a ninth defeat`, `condemned them to death`: a fate dealt, no criticism.
      const to = followedBy(tokens, i, hi, W('to'), 5);
      return to >= 0 && FATES.has(tokens[to + 1]?.lower ?? '') ? null : hit;
    }
    case 'blame': {
      // Blame laid on someone (`blamed Russia`, `blamed the attack on rebels`), not on circumstances (`blamed high fuel prices`).
      const to = Math.min(hi, i + 7);
      if (ctx.actorIn(i + 1, to)) return hit;
      for (let k = i + 1; k < to; k++) if (OBJECT_PRONOUNS.has(tokens[k]!.lower) || ADDRESSEES.has(tokens[k]!.lower)) return hit;
      return null;
    }
    case 'admit': {
      // An admission concedes when it owns a fault (`admitted his guilt`, `acknowledged mistakes were made`), not a feeling or a fact (`admitted he was nervous`).
      // Owning an act (`admitted leaking secrets`, `admitted to falsifying accounts`) concedes too.
      const act = next >= 0 && tokens[next]!.lower === 'to' ? nextWord(tokens, next, hi) : next;
      if (act >= 0 && tokens[act]!.lower.endsWith('ing') && tokens[act]!.lower.length > 5) return hit;
      // The fault is owned in the admission's own clause, not after `but` (`admitted it was tough but called it responsible`).
      for (let k = i + 1, n = 0; k < hi && n < 25; k++) {
        const t = tokens[k]!;
        if (t.raw === '.' || t.raw === ';' || t.raw === ':' || CLAUSE_TURNS.has(t.lower)) break;
        if (t.word && (n++, CONCESSIONS.has(t.lower))) return hit;
      }
      return null;
    }
    case 'agree': {
      // `agreed with everything she has done`, `agreed with his view`: endorsing another's view or record (SUPPORT), no agreement reached.
      if (next >= 0 && tokens[next]!.lower === 'with' && followedBy(tokens, next, hi, VIEWS, 3) >= 0) return { ...hit, type: 'SUPPORT', name: 'agreed-with-view' };
      // `agreed that he could have handled it better`, `agreed that it was a mistake`: granting what is or was so concedes it, no deal.
      if (next >= 0 && tokens[next]!.lower === 'that' && grantedFact(tokens, next + 1, hi)) return { ...hit, type: 'CONCEDE', name: 'agreed-that-so' };
      return hit;
    }
    case 'host': {
      // A host receives someone or holds a meeting (`hosted X`, `hosts the summit`); `hosts all things X`, `hosted the show` is no meeting.
      // The guest is the object itself (`hosted Chinese President X`), not a name further on (`hosts all things X`).
      const guest = next >= 0 && (isCapitalised(tokens[next]!) || GUEST_OPENERS.has(tokens[next]!.lower));
      if ((guest && ctx.actorIn(i + 1, Math.min(hi, i + 6))) || followedBy(tokens, i, hi, HOSTED_THINGS, 5, [1, 2]) >= 0) return hit;
      // `hosted a dinner for X`: an occasion is a meeting when someone is received at it (`hosted the awards ceremony` is not).
      const occasion = followedBy(tokens, i, hi, HOSTED_OCCASIONS, 5);
      // `hosted a dinner in May where X told Y`: the people met there.
      const where = occasion >= 0 ? followedBy(tokens, occasion, hi, WHERE, 5) : -1;
      if (occasion >= 0 && GUEST_LINKS.has(tokens[occasion + 1]?.lower ?? '') && ctx.actorIn(occasion + 2, Math.min(hi, occasion + 8))) return hit;
      if (where >= 0 && ctx.actorIn(where + 1, Math.min(hi, where + 8))) return hit;
      // `the meeting ... is being hosted by X`: the thing hosted is the passive's subject.
      if (tokens[i + 1]?.lower === 'by' && tokens.slice(Math.max(0, i - 8), i).some((t) => HOSTED_THINGS.has(t.lower))) return hit;
      return null;
    }
    case 'release': {
      if (followedBy(tokens, i, hi, CAPTIVE_NOUNS, 5) >= 0) return hit;
      // `released its Orion phone`: what a body calls its own is a product, not a person set free.
      if (tokens[i + 1]?.lower !== 'its' && ctx.personAt(i + 1, Math.min(hi, i + 5)) >= 0) return hit;
      return null;
    }
  }
  return hit;
}

/**
 * Does the clause from `k` grant a fault or a past claim (`it was a mistake`, `she could have said
 * this`) rather than state what is to be done (`talks would resume`, `inspectors can visit`)?
 */
function grantedFact(tokens: readonly Token[], k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi, k + 8); j++) {
    const w = tokens[j]!.lower;
    // `it was a mistake`: a fault granted (`the figures were stronger` is a view shared, see verbs.ts).
    if (FACT_VERBS.has(w)) return followedBy(tokens, j, hi, CONCESSIONS, 6) >= 0;
    // `could have said`: a modal perfect grants a past; `could visit` allows what is to come.
    if (PLAN_MODALS.has(w)) return tokens[j + 1]?.lower === 'have';
  }
  return false;
}
const FACT_VERBS = W('was, were, is, are, had, has');
const PLAN_MODALS = W('will, would, should, shall, could, can, may, might, must');

// What a host holds: a meeting of some kind, or a visit.
const HOSTED_THINGS = new Set([...TALK_NOUNS, ...W('visit, visitors, delegation, delegations, counterpart, counterparts, leaders, ministers, envoys, forum')]);
/** Occasions a host holds for a guest (`a state banquet for X`); without one they are shows, no meetings. */
const HOSTED_OCCASIONS = W('ceremony, dinner, banquet, reception, lunch, luncheon, breakfast');
const GUEST_LINKS = W('for, with, honouring, honoring, welcoming');
const WHERE = W('where');
const NAMING_DETERMINERS = W('a, an, another');
const NOUN_MODIFYING_PREPOSITIONS = W('with, of, between, from');
/** Is token `i` right after an indefinite noun phrase (`a firm called`, not `the minister called`): a participle naming it? */
function afterNounPhrase(tokens: readonly Token[], i: number): boolean {
  // `a second firm she set up, called X`: the naming set off after a noun and the clause describing it.
  if (tokens[i - 1]?.raw === ',') {
    for (let k = i - 2; k >= Math.max(0, i - 9); k--) {
      if (!tokens[k]!.word) break;
      if (NAMING_DETERMINERS.has(tokens[k]!.lower) && lowerWord(tokens[k + 1])) return true;
    }
  }
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!;
    // `a new, updated version called X`: commas between a noun's adjectives.
    if (t.raw === ',' && k < i - 1 && lowerWord(tokens[k - 1]) && lowerWord(tokens[k + 1])) continue;
    // `a partnership with Orbix, called OrbixGo`: the participle set off after the noun and its modifier.
    if (t.raw === ',' && k === i - 1) continue;
    if (!t.word) return false;
    if (NOUN_MODIFYING_PREPOSITIONS.has(t.lower)) continue;
    if (NAMING_DETERMINERS.has(t.lower)) return k < i - 1;
    if (/^(?:is|are|was|were|be|been|has|have|had|will|would|he|she|they|it|we|i|who|which|that)$/.test(t.lower)) return false;
  }
  return false;
}

/** Those who watch or listen (`thanked fans`, `praised the crowd`). */
const AUDIENCES = W('fans, fan, audience, audiences, crowd, crowds, viewers, listeners, readers, spectators, followers');

/** What a band supports another on (`support X on their tour`): the stage, not a party. */
const TOUR_WORDS = W('tour, tours, gigs, gig, concerts, concert, dates, shows');

/** Words right before a caller's `called` (`he then called`, `has called`, `the president called`); any other lower-case word is a thing named. */
const CALLER_WORDS = W('he, she, they, we, i, who, also, then, later, again, first, once, twice, has, have, had, was, were, is, and, but, personally, reportedly, immediately, quickly, finally, recently, earlier');

/** `the app, called X`, `devices called X`: after a comma, or after a lower-case word that is no caller (a title head such as `president` is), `called` names. */
function namedThingBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.raw === ',') return true;
  if (!prev.word || prev.raw !== prev.lower || prev.lower.endsWith('ly')) return false;
  return !CALLER_WORDS.has(prev.lower) && !isTitleHead(prev.lower);
}

/** The last token of the capitalised name starting at `k`. */
function lastOfName(tokens: readonly Token[], k: number, hi: number): number {
  let j = k;
  while (j + 1 < hi && isCapitalised(tokens[j + 1])) j++;
  return j;
}
/** What may follow a person kept from something (`denied Ames, Kell and`, `denied Ames twice`), besides an adverb in -ly. */
const DENIED_PERSON_NEXT = new Set(['and', 'or', 'with', 'while', 'at', 'in', 'from', 'twice', 'again', 'before', 'after', 'as', 'when', 'late', 'early']);
const WITHHELD_OPENERS = W('his, her, their, its, a, an, the, any');

const lowerWord = (t: Token | undefined): boolean => !!t && t.word && t.raw === t.lower;

/** The next word token after `i` (quote marks skipped), or -1 at punctuation or the end. */
function nextWord(tokens: readonly Token[], i: number, hi: number): number {
  for (let k = i + 1; k < hi; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) continue;
    return t.word ? k : -1;
  }
  return -1;
}
