/**
 * Match reports: where the words of play are dense (`match`, `goal`, `seed`, `tie-break`) and a
 * score is given (`6-1`, `2-0`), `will meet X on Sunday` is a fixture, `pulled out` an injury and
 * `denied X` a save, not a meeting, a retreat or a rejection. The article's statements (a manager
 * calling a tackle unacceptable) stay events. General English vocabulary of sport, as a table.
 */
import type { EventType } from '../types.js';
import { words } from './lexicon.js';
import type { Draft } from './draft.js';

export const PLAY_WORDS = words(
  'match, matches, goal, goals, penalty, penalties, tackle, striker, midfielder, defender, goalkeeper, keeper, seed, seeded, tie-break, semi-final, ' +
  'quarter-final, final, finals, championship, league, tournament, innings, wicket, wickets, try, tries, scrum, fixture, fixtures, squad, coach, referee, ' +
  'season, cup, half-time, kick-off, set, sets, serve, opponent, opponents, victory, defeat, draw, win, wins, club, clubs, player, players, team, teams, ' +
  'champion, champions, title, medal, medals, race, races, olympic, olympics, athlete, athletes, game, games, scored, score, points',
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

/** Is this mention, in a match report, a moment of play? `denied X` with a person right after is a save. */
export function isPlay(d: Draft, text: string, personAt: (at: number) => boolean): boolean {
  if (d.statement) return false;
  // Talks and negotiations are talks in sport too (`held talks with the manager`).
  if (d.eventType === 'CONSULT' && TALKS_RULES.test(d.rule)) return false;
  if (PLAY_TYPES.has(d.eventType)) return true;
  if (d.eventType !== 'REJECT' || !/^deni/i.test(d.trigger)) return false;
  const at = text.indexOf(d.trigger, d.sentenceStart) + d.trigger.length;
  const next = /^\s+/.exec(text.slice(at, at + 3));
  return !!next && personAt(at + next[0].length);
}
