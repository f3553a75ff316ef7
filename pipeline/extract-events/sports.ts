/**
 * Match reports: where the words of play are dense (`match`, `goal`, `seed`, `tie-break`) and a
 * score is given (`6-1`, `2-0`), `will meet X on Sunday` is a fixture, `pulled out` an injury and
 * `denied X` a save, not a meeting, a retreat or a rejection. The article's statements (a manager
 * calling a tackle unacceptable) stay events, but not what a side `must` do, nor a coach's praise. General English vocabulary of sport, as a table.
 */
import type { EventType } from '../types.js';
import { OBLIGATION_TRIGGERS } from './evaluation.js';
import { words } from './lexicon.js';
import type { Draft } from './draft.js';

export const PLAY_WORDS = words(
  'match, matches, goal, goals, penalty, penalties, tackle, striker, midfielder, defender, goalkeeper, keeper, seed, seeded, tie-break, semi-final, ' +
  'quarter-final, final, finals, championship, league, tournament, innings, wicket, wickets, try, tries, scrum, fixture, fixtures, squad, coach, referee, ' +
  'season, cup, half-time, kick-off, set, sets, serve, opponent, opponents, victory, defeat, draw, win, wins, club, clubs, player, players, team, teams, ' +
  'champion, champions, title, medal, medals, race, races, olympic, olympics, athlete, athletes, game, games, scored, score, points, ' +
  'inning, pitcher, pitchers, bullpen, batter, hitter, homer, playoff, playoffs, quarterback, touchdown, touchdowns, rebounds, puck, umpire, ' +
  'ball, shot, shots, header, headers, crossbar, woodwork, replay, equaliser, equalizer, hat-trick, free-kick, six-yard, winger, substitute',
);
/** Words of play per 100 words for a match report: with a score given, or without one. */
const DENSITY_WITH_SCORE = 2;
const DENSITY_ALONE = 3;
const SCORE = /(?<![\d/.:-])\d{1,2}-\d{1,2}(?![\d/.:-])/;
const WORD = /\p{Ll}[\p{Ll}-]*/gu;

/** Is this text a match report? One pass over its lower-case words. */
export function isMatchReport(text: string): boolean {
  let total = 0, play = 0;
  for (const m of text.matchAll(WORD)) {
    total++;
    if (PLAY_WORDS.has(m[0])) play++;
  }
  const density = (play / Math.max(1, total)) * 100;
  return density >= DENSITY_ALONE || (density >= DENSITY_WITH_SCORE && SCORE.test(text));
}

/** Kinds that in a match report name play (`meet`, `pulled out`, `collaborated`, `attacked`), not politics. */
const PLAY_TYPES = new Set<EventType>(['CONSULT', 'RETREAT', 'COOPERATE', 'ASSAULT', 'MOBILIZE']);

const TALKS_RULES = /-(?:held-talks|had-talks|discussed|negotiated|consulted|phoned)$/;

/** Praise words: in a match report a coach hailing players or a rival, the game's talk (backing and welcoming stay). */
const PRAISE_FORMS = words(
  'praise, praised, praises, praising, hail, hailed, hails, hailing, applaud, applauded, applauds, commend, commended, commends, ' +
  'congratulate, congratulated, congratulates, laud, lauded, lauds, salute, saluted, salutes, thank, thanked, thanks, credit, credited, credits',
);

/** Is this mention, in a match report, a moment of play? `denied X` with a person right after is a save. */
export function isPlay(d: Draft, text: string, personAt: (at: number) => boolean, personBefore: (at: number) => boolean): boolean {
  // `the visitors have to rest now`: what a side must do in a match report is play, not a demand
  // on a state; what a named person must do (`X should be fined for the foul`) stays a demand.
  // So is what the speaker's own side should have done (`we should have won by more`, `his side should have scored more`).
  if (d.statement) {
    const obligation = OBLIGATION_TRIGGERS.has(d.trigger.toLowerCase()) && !triggerAts(d, text).some(personBefore);
    return obligation && (d.eventType === 'REQUEST' || (d.eventType === 'ACCUSE' && OWN_SIDE_WORDS.test(text.slice(d.sentenceStart, d.sentenceEnd))));
  }
  // Talks and negotiations are talks in sport too (`held talks with the manager`).
  if (d.eventType === 'CONSULT' && TALKS_RULES.test(d.rule)) return false;
  if (PLAY_TYPES.has(d.eventType)) return true;
  // `Norway twice threatened further goals`: a side's threat is play; a named person's (`X threatened to sue`) is not.
  if (d.eventType === 'THREATEN' && !d.statement) return !triggerAts(d, text).some(personBefore);
  // A head of state's congratulations (an actor with a country) stay events.
  if (d.eventType === 'SUPPORT' && PRAISE_FORMS.has(d.trigger.toLowerCase().split(' ')[0]!)) return !d.actorCountries.length;
  // `the coach called for his closer`, `sent for their substitute`: a manager bringing on a player of his own.
  if (d.eventType === 'REQUEST' && !d.statement) return triggerAts(d, text).some((at) => OWN_SIDE.test(text.slice(at + d.trigger.length, at + d.trigger.length + 8)));
  // `slammed well over the bar`, `blasted wide`: a verb of criticism that sends a ball somewhere is a shot.
  if (d.eventType === 'ACCUSE' && SHOT_VERBS.has(d.trigger.toLowerCase()) && triggerAts(d, text).some((at) => shotDirection(text, at + d.trigger.length))) return true;
  // `refused a shot at goal`, `turned down the kick`: a side passing up a chance of play.
  if (d.eventType === 'REJECT' && triggerAts(d, text).some((at) => playObject(text, at + d.trigger.length) || playPassive(text, at))) return true;
  if (d.eventType !== 'REJECT' || !/^deni/i.test(d.trigger)) return false;
  const at = (triggerAts(d, text)[0] ?? d.sentenceStart) + d.trigger.length;
  const next = /^\s+/.exec(text.slice(at, at + 3));
  return !!next && personAt(at + next[0].length);
}

/** Verbs of criticism that also name striking a ball. */
const SHOT_VERBS = words('slammed, slams, blasted, blasts, hammered, hammers, lashed, lashes, fired, fires, smashed, smashes, rifled, drilled');
/** Where a shot goes (`over`, `wide`, `into the net`), after at most one adverb (`well over`). */
const SHOT_DIRECTIONS = words('over, wide, high, home, into, past, against, off, onto, across, beyond, just');
function shotDirection(text: string, at: number): boolean {
  const next = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(at, at + 40));
  if (!next) return false;
  return SHOT_DIRECTIONS.has(next[1]!.toLowerCase()) || (/ly$|^well$/.test(next[1]!) && SHOT_DIRECTIONS.has((next[2] ?? '').toLowerCase()));
}

const OWN_SIDE = /^\s+(?:his|her|their|its)\b/;
// The speaker's own side named in a sentence (`we`, `our`, `his side`).
const OWN_SIDE_WORDS = /\b(?:we|our|us|my\s+(?:side|team|players)|(?:his|her)\s+(?:side|team|players))\b/i;

/** What a side can pass up, be denied or be ruled out of in play. */
const CHANCES_OF_PLAY = words(
  'point, points, penalty, penalties, goal, goals, kick, kicks, try, tries, shot, shots, corner, corners, free-kick, ' +
  'conversion, wicket, wickets, serve, lineout, line-out, scrum, victory, win, draw, match, matches, fixture, fixtures, season, tournament, series, final',
);
/** How many words after a verb its object may reach. */
const OBJECT_WORDS = 5;
/** `a try that was ruled out by the referee`: a passive whose subject, just before it, is a chance of play. */
function playPassive(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at).toLowerCase();
  const m = /\b(?:was|were|been|is|are|be)\s+$/.exec(before);
  return !!m && before.slice(0, m.index).split(/[\s,;]+/).filter(Boolean).slice(-OBJECT_WORDS).some((w) => CHANCES_OF_PLAY.has(w));
}

/** Is a chance of play among the few words after `at` (the verb's object)? */
function playObject(text: string, at: number): boolean {
  const object = text.slice(at, at + 60).split(/[,;.:!?]/)[0]!;
  return object.toLowerCase().split(/\s+/).filter(Boolean).slice(0, OBJECT_WORDS).some((w) => CHANCES_OF_PLAY.has(w));
}

/** Where the draft's trigger word stands in its sentence: each whole-word use. */
function triggerAts(d: Draft, text: string): number[] {
  const sentence = text.slice(d.sentenceStart, d.sentenceEnd);
  const escaped = d.trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...sentence.matchAll(new RegExp(`(?<![\\p{L}'])${escaped}(?!\\p{L})`, 'gu'))].map((m) => d.sentenceStart + m.index);
}
