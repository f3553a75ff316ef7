/**
 * One verb trigger → one mention: its status from the verb group, its actors from the clause
 * (subject, `by` agent, coordinated or participial verbs sharing the sentence's subject, every
 * participant of a meeting), its time and place from its own clause.
 */
import type { EventType } from '../types.js';
import { subjectActors, type Actors } from './actors.js';
import { NOT_ACTOR } from './states.js';
import { commentatorBody, professionalCommentator } from './commentators.js';
import { counterpartStates, dealPartners, jointPartners } from './counterparts.js';
import { newDraft, type ArticleContext, type Draft, type SentenceContext } from './draft.js';
import { MET_NOT_MEETING, REPORTING_VERBS, STANCE_PRESENT, STANDING_REFUSALS, words } from './lexicon.js';
import { destination, placeIn } from './place.js';
import { comingWeekday, frontedTime, isFutureSpec, pastTimeIn, timeOf, verbGroup, whenYoung } from './time.js';
import { clauseEnd, clauseStart, followedBy, isQuoteMark, nextWord, tokenAt, type Token } from './tokens.js';
import { comesAfterClause, deniedClause, penaltyReason, hearsayClause, undergone, whereAntecedent } from './frames.js';
import { agentActors, clauseSubject, coordinated, definiteInstitution, FINITE_AUX, headOf, reporterOf, sentenceSubject, SIDE, SUBJECT_PRONOUNS, subjectIn, verbGroupStart } from './subjects.js';
import type { TriggerHit } from './triggers.js';
import { adjectival, nounUse, pluralNoun } from './word-use.js';
import { visitsNoOne } from './visiting.js';
import { AT_THE_TIME, clauseStartIndex, PREPOSITIONS, describingClause, habitual, invertedConditional, ITERATIVE, mainVerbGroup, ongoingClause, reducedRelative, retrospectiveSaying, whoseClause } from './clause-forms.js';

const CONDITIONAL = words('if, unless, whether');
// A verb whose subject is an event, not an agent (`fighting killed thousands`).
const EVENT_SUBJECTS = /\b(?:fighting|explosion|explosions|blast|blasts|bombings?|attacks?|crash|fire|fires|violence|clashes|war|conflict|storms?|floods?|flooding|earthquakes?|quakes?|tsunamis?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|avalanches?|landslides?|mudslides?|drought|famine|heatwave|disease|virus|epidemic|pandemic|shelling|strikes?|riots?)\b/i;
// Negated cooperation is a refusal (`will not sign`, `does not support`).
const NEGATED_TO_REJECT = new Set<EventType>(['AGREE', 'SUPPORT', 'COOPERATE', 'CONCEDE']);
const VERBAL_TYPES = new Set<EventType>(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'AGREE', 'THREATEN', 'CONCEDE']);

/** Objects that turn harm back on its doer (`killed himself`). */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

/**
 * The mention a verb trigger reports, or null (with an `info` message when it is left out as
 * negated, hypothetical or an undated plan).
 * @param limit where the next trigger of the sentence starts: a verb's time and place stop there
 */
export function analyseVerb(ctx: ArticleContext, sc: SentenceContext, hit: TriggerHit, limit: number): Draft | null {
  const { text } = ctx;
  const { s, tokens } = sc;
  const first = tokens[hit.i]!, lastTok = tokens[hit.last]!;
  const at = first.start, end = lastTok.end;
  const trigger = text.slice(at, end);
  let type = hit.type;
  let name = hit.name;
  if (ctx.inQuote(at) && !narrationInQuote(ctx, tokens, hit.i)) return null;
  if (adjectival(tokens, hit) || pluralNoun(tokens, hit) || nounUse(tokens, hit)) return null;
  const cs = clauseStart(tokens, hit.i, 0);
  const csTok = tokenAt(tokens, cs);
  const reported = reportedClause(ctx, tokens, hit.i);
  const vg = verbGroup(tokens, hit.i, csTok, hit.form, reported);
  const info = (reason: string) => ctx.messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: ctx.articleId, start: s.start, end: s.end, actual: trigger, reason });
  if (vg.hypothetical || CONDITIONAL.has(tokens[csTok - 1]?.lower ?? '') || invertedConditional(tokens, hit.i)) return info(`Hypothetical ${type} trigger "${trigger}" left out`), null;
  // `denied he had met X`: what is denied is no report that it happened.
  if (deniedClause(tokens, hit.i)) return info(`Denied ${type} trigger "${trigger}" left out`), null;
  if (hearsayClause(tokens, hit.i)) return info(`Rumoured ${type} trigger "${trigger}" left out`), null;
  // `refused to comment`, `declined to elaborate`: no position taken.
  if (type === 'REJECT' && NO_COMMENT.has(tokens[hit.i + 2]?.lower ?? '') && tokens[hit.i + 1]?.lower === 'to') return null;
  // `regretted any cap on exports`, `regrets the decision`: regret for what another did voices concern, it concedes nothing.
  // (`regrets the loss of life` is the speaker's own sorrow, a concession.)
  if (type === 'CONCEDE' && first.lower.startsWith('regret') && regrettedMeasure(tokens, hit.last)) type = 'ACCUSE', name = 'regretted';
  let status = vg.status;
  // A refusal announced (`will refrain from signing`, `will not sign`) is made now; the time after it is the refused act's.
  // `will reportedly reject`, `is likely to reject`: a refusal others expect is not made yet.
  const refusal = vg.status === 'planned' && (type === 'REJECT' || (vg.negated && NEGATED_TO_REJECT.has(type))) && !tokens.slice(Math.max(0, hit.i - 4), hit.i).some((t) => HEDGES.has(t.lower));
  if (refusal && !vg.negated) status = 'occurred';
  if (vg.negated) {
    // A refusal (`will not sign`, `does not support`) is a REJECT; a plain past negation (`did not endorse`) reports nothing.
    if (!NEGATED_TO_REJECT.has(type) || !status || (!vg.present && status !== 'planned')) return info(`Negated ${type} trigger "${trigger}" left out`), null;
    type = 'REJECT';
    name = `negated-${name}`;
    status = 'occurred';
  }
  // Participles: `..., accusing X of ...` and `footage of Putin meeting relatives` report the sentence subject's act.
  let participial: 'adjunct' | 'after-name' | null = null;
  if (!status && hit.form === 'ing') {
    const prev = tokens[hit.i - 1];
    if (prev?.raw === ',' && VERBAL_TYPES.has(type)) participial = 'adjunct';
    else if (prev && ctx.people.within(prev.start, prev.end + 1).length) participial = 'after-name';
    if (!participial) return null;
    status = 'occurred';
  }
  // `The UN has repeatedly condemned X, calling for Y`: an adjunct participle shares its main verb's tense and aspect.
  const mainVg = participial === 'adjunct' ? mainVerbGroup(ctx, tokens, hit.i - 1, reported) : null;
  // `X had said for years that she would not support Y`: what was said is as old as its saying.
  const reporter = reported ? reportingVerbOf(ctx, tokens, hit.i) : -1;
  const sayingVg = reporter >= 0 ? verbGroup(tokens, reporter, 0, 'past', false) : null;
  // `X said that she revealed that Y had threatened her`: a past perfect under a report that is itself reported is older than both.
  const oldSaying = !!sayingVg && (sayingVg.background || ITERATIVE.test(text.slice(tokens[reporter]!.end, Math.min(s.end, tokens[reporter]!.end + 24)))
    || (vg.pluperfect && (nestedReport(ctx, tokens, reporter) || PAST_WHEN.test(text.slice(s.start, tokens[reporter]!.start)))));
  // `has on numerous occasions condemned`: acts repeated over time are context, not the news.
  const iterative = ITERATIVE.test(text.slice(participial === 'adjunct' ? s.start : tokens[clauseStartIndex(tokens, hit.i)]?.start ?? s.start, Math.min(s.end, lastTok.end + 60)));
  if (!status) return null;
  // `is seeking`, `are urging`: a stance going on, not a reported act (`are holding talks`, `is shelling` are).
  if (vg.progressive && (vg.present || vg.perfect) && VERBAL_TYPES.has(type)) return null;
  if (vg.present && !vg.progressive && STANCE_PRESENT.has(first.lower)) return null;
  // `Iran refuses to recognise X`: a policy held, no refusal reported (outside what someone says now).
  if (vg.present && !vg.progressive && !reported && type === 'REJECT' && tokens[hit.last + 1]?.lower === 'to' && STANDING_REFUSALS.has(tokens[hit.last + 2]?.lower ?? '')) return null;
  // `X denies murder`, `denies two counts of fraud`: past the lead, a plea held through a trial, no denial made that day
  // (`denies breaking the rules` answers a charge made now: a denial).
  if (vg.present && !vg.progressive && !reported && type === 'REJECT' && sc.si > 0 && (first.lower === 'denies' || first.lower === 'deny')
    && followedBy(tokens, hit.last, tokens.length, PLEADED_CHARGES, 5) >= 0) return null;
  // A habit (`meets officials regularly`, `often criticises`) is no happening.
  if (vg.present && habitual(tokens, hit.i, hit.last)) return null;
  // `an awkward time as the president urges his ministers to ...`: a present act in an `as`/`while` clause is what goes on, no act reported.
  if (vg.present && !vg.progressive && !vg.perfect && !reported && VERBAL_TYPES.has(type) && ongoingClause(tokens, csTok)) return null;
  const after = text.slice(end, Math.min(s.end, end + 300));
  const passive = vg.passive;
  if (!passive && reducedRelative(tokens, hit, vg.perfect)) return null;
  if (passive && !/\bby\b/.test(after.slice(0, 60)) && type !== 'CONSULT') return null;
  // `had a penalty appeal rejected`: done to the subject by someone unnamed, a passive too.
  if ((hit.form === 'past' || hit.form === 'pp') && undergone(tokens, hit.i) && !/\bby\b/.test(after.slice(0, 60))) return null;

  const complement = !(type === 'CONSULT');
  const clauseRight = clauseEnd(tokens, hit.last, tokens.length, complement, s.end);
  // A verb's time and place stop at the next event word (`discussed a planned summit in May`); its participants do not.
  const rightEnd = limit > end && limit < clauseRight ? limit : clauseRight;

  const groupStart = verbGroupStart(tokens, hit.i, csTok);
  // `a package of measures agreed with the US`: a participle after the clause's own finite verb, not coordinated with it.
  if (!passive && !participial && (hit.form === 'past' || hit.form === 'pp') && !coordinated(tokens, groupStart) && tokens[groupStart - 1]?.raw !== ','
    && PREPOSITIONS.has(nextWord(tokens, hit.last)?.lower ?? '') && tokens.slice(csTok, groupStart).some((t) => FINITE_AUX.has(t.lower) && !ctx.inQuote(t.start))) return null;
  let found: Actors;
  if (passive) found = agentActors(ctx, tokens, hit.last);
  else if (participial === 'adjunct') found = sentenceSubject(ctx, sc);
  else if (participial === 'after-name') found = subjectActors(text, tokens[hit.i - 1]!.start, at, ctx.people, s.start);
  else found = clauseSubject(ctx, sc, csTok, groupStart);
  // `the government says it "condemns this attack"`: a pronoun subject right after a reporting verb is that verb's subject.
  if (!found.actors.length && !found.pending && SUBJECT_PRONOUNS.has(tokens[csTok]?.lower ?? '') && REPORTING_VERBS.has(tokens[csTok - 1]?.lower ?? '')) {
    const rs = tokenAt(tokens, clauseStart(tokens, csTok - 1, 0));
    found = subjectIn(ctx, sc, rs, csTok - 1);
    if (!found.actors.length && !found.pending) found = definiteInstitution(ctx, sc, rs, csTok - 1);
  }
  const actors = [...found.actors];
  const countries = [...found.countries];
  // `X told reporters the Japanese side raised concerns`: the speaker speaks for that side and takes part.
  if (reported && SIDE.test(text.slice(cs, at))) {
    for (const p of reporterOf(ctx, sc, hit.i).actors) if (!actors.includes(p)) actors.unshift(p);
  }
  // What is discussed is its topic (`discussed the tax law's impact on X`): the other side is `with` someone.
  // So is an agreement's (`agreed a draft deal with the lenders`); `along with his career` names no side.
  const byWith = name === 'discussed' || type === 'AGREE';
  const withAt = byWith ? text.slice(end, clauseRight).search(/(?<!along )\bwith\b/) : -1;
  // Every participant: `X met (with) Y`, `X agreed with Y`, `X called Y` (a call is read as one by its sense: `called` is a request's row).
  if (!passive && (hit.row.joint || name === 'phoned') && name !== 'visited' && (type === 'CONSULT' || type === 'AGREE')) {
    const objStart = byWith ? (withAt >= 0 ? end + withAt : clauseRight) : tokens[Math.min(hit.objectFrom, tokens.length - 1)]!.start;
    const others = ctx.people.within(objStart, clauseRight);
    for (const p of others) if (!actors.includes(p.fullName)) actors.push(p.fullName), p.country && countries.push(p.country);
    // `held talks with the Chinese`, `met Japanese officials`: with no one named, the state is the other side.
    if (!others.length && name !== 'discussed') for (const st of counterpartStates(ctx, tokens, tokenAt(tokens, objStart), clauseRight)) if (!actors.includes(st)) actors.push(st);
    // `it signed a deal with Norway`, with the first side unknown: an agreement of one side only misleads.
    if (type === 'AGREE' && withAt >= 0 && !found.actors.length && !found.pending) return null;
    // So is a call with only the one called known.
    if (name === 'phoned' && !found.actors.length && !found.pending) return null;
  }
  // `agreed to buy 30% of Velmora`: the deal's other side takes part.
  if (type === 'AGREE' && name === 'agreed' && actors.length) for (const st of dealPartners(ctx, tokens, hit.last, s.end)) if (!actors.includes(st)) actors.push(st);
  // `conducting joint exercises with Japanese forces`: a joint drill's partner takes part.
  if (type === 'MOBILIZE' && /\bjoint\b/i.test(trigger)) for (const st of jointPartners(ctx, tokens, end, clauseRight)) if (!actors.includes(st)) actors.push(st);
  // A joint confirmation or signing only (two sides), not one side's; one person discussing a topic talks about it, consulting no one.
  if ((name === 'confirmed' || name === 'signed-jointly' || (name === 'discussed' && withAt < 0 && !/\b(?:and|with)\b/.test(text.slice(cs, at)))) && actors.length < 2 && !found.pending) return null;
  // `"...," confirmed a spokesman`: a cue after the words said, no joint confirmation.
  if (name === 'confirmed' && (isQuoteMark(tokens[hit.i - 1]) || tokens[hit.i - 1]?.raw === ',')) return null;
  // `X agreed that the device could be popular`: one side sharing a view, no agreement reached.
  if (name === 'agreed' && actors.length < 2 && !found.pending && (tokens.slice(hit.last + 1, hit.last + 5).some((t) => t.lower === 'that') ? OPINION_COPULA.test(text.slice(end, Math.min(s.end, end + 120))) : sharedView(text.slice(end, Math.min(s.end, end + 160))))) return null;
  if (!actors.length && !found.pending) return null;
  // `Analyst X welcomed the move`, `shipping analysts Harbourstat welcomed`: a commentator's verdict is no act of the news.
  if (VERBAL_TYPES.has(type) && type !== 'AGREE' && !reported && (actors.every((a) => professionalCommentator(ctx, a)) || commentatorBody(text.slice(cs, at)))) return null;
  // `a third of what she asked for.`: the thing asked for is the topic, no request is told.
  if (tokens[csTok - 1]?.lower === 'what' && !nextWord(tokens, hit.last)) return null;
  // `Oona flooded the valley` after `Storm Oona`: a storm named like a person is still no agent.
  if (type === 'ASSAULT' && (EVENT_SUBJECTS.test(text.slice(cs, at)) || actors.some((a) => EVENT_SUBJECTS.test(a)))) return null;
  // `killed himself`, `shot herself`: harm done to oneself attacks no one.
  if (type === 'ASSAULT' && REFLEXIVES.has(nextWord(tokens, hit.last)?.lower ?? '')) return info(`Self-inflicted ${type} "${trigger}" left out`), null;
  // `planes bombed a target range`, `fired at a target island in a drill`: force shown in an exercise, no attack.
  if (type === 'ASSAULT' && EXERCISE_TARGETS.test(text.slice(end, Math.min(clauseRight, end + 60)))) type = 'MOBILIZE';
  // `the demands have been met`: a passive with no one meeting is no meeting.
  if (name === 'met' && passive && !/\b(?:by|with)\b/.test(after.slice(0, 80))) return null;
  // `a target he says he has now met`: the object met stands before the verb, a relative clause's antecedent.
  const afterMet = name === 'met' ? nextWord(tokens, hit.last) : null;
  if (name === 'met' && (!afterMet || NO_OBJECT_NEXT.has(afterMet.lower)) && tokens.slice(Math.max(0, hit.i - 8), hit.i).some((t) => MET_NOT_MEETING.has(t.lower))) return null;
  // `The union met again`, `the board met on Monday`: one side meeting with no one named is its own session.
  // (`EU finance ministers are meeting`: many people, a meeting among them.)
  if (name === 'met' && (!afterMet || NO_OBJECT_NEXT.has(afterMet.lower)) && actors.length < 2 && !found.pending && !/\b(?:and|with)\b/.test(text.slice(cs, at)) && !PLURAL_WORD.test(text.slice(cs, at))) return null;
  // `the pair met as students`, `they met at university`: how people came to know each other, no meeting of actors.
  if (name === 'met' && afterMet && (afterMet.lower === 'as' || afterMet.lower === 'at' || afterMet.lower === 'through') && LIFE_STAGES.has(nextWord(tokens, tokens.indexOf(afterMet))?.lower ?? '')) return null;
  // A rocket or satellite sent up by a company or a person of no state (`X will launch the world's biggest rocket`) is no military move.
  if (name === 'launched' && !countries.length && !found.pending && !MILITARY_LAUNCH.test(text.slice(end, rightEnd)) && !STATE_SUBJECT.test(text.slice(s.start, at))) return null;

  // Time: the nearest expression in the clause (a `when` clause shares its main clause's); a planned event may take one from anywhere after it.
  // A `when` clause shares its main clause's time; a main clause its fronted subordinate clause's (`Soon after flying in late on Thursday, Kerry had talks`).
  // `a letter on Wednesday, in which X threatened`: the relative clause's act is its antecedent's, at its time.
  const inWhich = tokens[csTok - 1]?.lower === 'which' && PREPOSITIONS.has(tokens[csTok - 2]?.lower ?? '') && csTok > 2;
  // `a visit ... on Nov. 2, where he met X`: a place's relative clause happens at its antecedent's time too.
  const placeRelative = tokens[csTok - 1]?.lower === 'where' && tokens[csTok - 2]?.raw === ',';
  const timeFrom = (tokens[csTok - 1]?.lower === 'when' && csTok > 1) || inWhich || placeRelative ? clauseStart(tokens, csTok - (inWhich ? 3 : 1), 0) : tokens[csTok - 1]?.raw === ',' ? tokens[0]!.start : cs;
  // A plan's own time follows it (`revealed tonight he plans to visit X in November`): one after the verb wins.
  const time = (status === 'planned' && !refusal ? timeOf(text, end, Math.max(rightEnd, limit), at, end) : null)
    ?? timeOf(text, timeFrom, refusal ? at : status === 'planned' ? Math.max(rightEnd, limit) : rightEnd, at, end)
    // `In May, the rebels showed a film of villagers who they said were killed by shelling`: a fronted time holds for the whole sentence.
    ?? (timeFrom > s.start ? frontedTime(text, s.start, at, status === 'occurred' && hit.form === 'past') : null)
    // `threatened to seize the port last month`: a past time after the act threatened or promised dates the threat.
    ?? (tokens[hit.last + 1]?.lower === 'to' && tokens[hit.last + 2]?.word ? pastTimeIn(text, end, Math.min(end + COMPLEMENT_REACH, complementEnd(text, end, s.end))) : null);
  // `is meeting the union next Monday`: the present progressive with a time to come is a plan.
  // So is `are meeting on Thursday` (a weekday other than the report's own day).
  if (status === 'occurred' && vg.progressive && vg.present && time && (isFutureSpec(time.spec) || comingWeekday(time.spec, ctx.date))) status = 'planned';
  // Place: a place phrase in the clause (`in Moscow`, `here`), nearest after the trigger first.
  const wide = type === 'CONSULT' || type === 'AGREE';
  // A demand's or a charge's object may name a place of its own (`called for the release of the sailors held at X`):
  // after such a trigger only a place right after it (`urged in Brussels`) is where it was made.
  const stance = type === 'REQUEST' || type === 'ACCUSE' || type === 'SUPPORT' || type === 'REJECT';
  // `apologized to the riders who were put off a train in X`: a relative clause's place is its own.
  const relative = tokens.findIndex((t, k) => k > hit.last && RELATIVE_WORDS.has(t.lower));
  const locEnd = Math.min(status === 'planned' ? s.end : wide ? rightEnd : Math.min(rightEnd, end + (stance ? 16 : 60)), relative > 0 ? tokens[relative]!.start : s.end);
  // Before the trigger: its own clause (not the object of a verb it is coordinated with: `a presence in X and endorsed`),
  // and a fronted clause (`Soon after flying in to Moscow, Kerry had talks`).
  let before = wide ? cs : coordinated(tokens, groupStart) ? at : Math.max(cs, at - 40);
  // `X, who is on holiday in Crete, denied`: the subject's relative clause places the subject, not the act.
  const aside = CLOSED_RELATIVE_ASIDE.exec(text.slice(cs, at));
  if (aside) before = Math.max(before, cs + aside.index + aside[0].length);
  let location = placeIn(text, end, locEnd, ctx.people, ctx.here) ?? placeIn(text, before, at, ctx.people, ctx.here)
    ?? (timeFrom < cs && tokens[csTok - 1]?.raw === ',' ? placeIn(text, timeFrom, cs, ctx.people, ctx.here) : null);
  // `..., where he met X`: the place is the antecedent's, but a stage of a journey says nothing of the rest of the day.
  const where = location ? null : whereAntecedent(tokens, hit.i);
  location ??= where;
  if (name === 'visited') {
    // Visiting a scene (`visited the crash site`, `visit the victims`) is not a meeting between actors.
    if (visitsNoOne(after)) return null;
    location = destination(after, ctx.people, end, NOT_ACTOR) ?? location;
    // `visited Reis at ...`: a person visited takes part.
    const host = ctx.people.within(end, Math.min(clauseRight, end + 40)).find((p) => /^\s*$/.test(text.slice(end, p.start).replace(/\b(?:the|his|her|their|counterpart|[A-Z][\w.'’-]*)\b/g, '')));
    if (host && !actors.includes(host.fullName)) actors.push(host.fullName), host.country && countries.push(host.country);
  }
  if (status === 'planned' && !time) return info(`Planned ${type} "${trigger}" without a date left out`), null;
  // `when she was 16`: a time of someone's life, before the news and no continuation of the story told around it.
  const young = status === 'occurred' && whenYoung(text, s.start, at, end);
  return newDraft(ctx, sc, {
    // `The pair, who met on the set of a film, ...`: a non-restrictive relative clause with no time of its own describes, it reports no news.
    eventType: type, status, time, aspectBackground: vg.background || !!mainVg?.background || iterative || oldSaying || (status === 'occurred' && AT_THE_TIME.test(text.slice(cs, rightEnd))) || (!time && status === 'occurred' && (describingClause(tokens, csTok) || whoseClause(tokens, csTok, hit.i)))
      // `X withdrew the remark, which she later said she regretted`: what someone said afterwards, in a describing clause, describes too.
      || (!time && status === 'occurred' && reporter >= 0 && retrospectiveSaying(tokens, reporter, hit.i))
      // `The vote comes weeks after X held a drill`: what the news follows is its context.
      || (status === 'occurred' && comesAfterClause(tokens, hit.i))
      // `was fined for attacking the referee`: the reason of a penalty was done before it.
      || (status === 'occurred' && penaltyReason(text, s.start, at))
      || young, actors, countries, location, trigger, name: name === 'signed-jointly' ? 'signed' : name,
    confidence: confidenceOf(vg.present, found.pending !== null, participial !== null), lendsPlace: !where,
    head: type === 'CONSULT' ? headOf(name) : type, pendingActors: found.pending,
    narrative: status === 'occurred' && (hit.form === 'past' || hit.form === 'pp') && !vg.perfect && !vg.present && !vg.progressive && !vg.background && !young,
    perfect: (vg.perfect || !!mainVg?.perfect) && !reported && !vg.progressive,
    reply: (type === 'REJECT' || type === 'CONCEDE') && !passive && anaphoricObject(tokens, hit.last),
  });
}

const RELATIVE_WORDS = words('who, whom, whose, which');
const EXERCISE_TARGETS = /^\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+){0,2}(?:firing|shooting|target|training|bombing)\s+(?:range|ranges|ground|grounds|area)\b|\b(?:drills?|exercises?)\b/u;

/** How far past the verb a threatened act's own words reach (`to seize the port last month`), in characters. */
const COMPLEMENT_REACH = 45;
/** Where an infinitive complement after `end` stops: its first comma, semicolon or dash, else the sentence's end. */
function complementEnd(text: string, end: number, sentenceEnd: number): number {
  const m = /[,;:—–(]/.exec(text.slice(end, sentenceEnd));
  return m ? end + m.index : sentenceEnd;
}

/** The verb's whole object is a word pointing back (`denied this.`, `rejected the charges.`): it answers the sentence before. */
function anaphoricObject(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.lower === 'the') k++;
  const object = tokens[k];
  if (!object || !ANAPHORS.has(object.lower)) return false;
  const after = tokens[k + 1];
  return !after || (!after.word && after.raw !== ',');
}
const ANAPHORS = words('this, that, it, them, these, those, charge, charges, accusation, accusations, allegation, allegations, claim, claims');

/**
 * Is token `i` inside what a reporting verb before it says (`X said Y had met`)? Not past an
 * appositive that opens after a comma (`..., an allegation Khartoum has denied`) or a semicolon.
 */
function reportedClause(ctx: ArticleContext, tokens: readonly Token[], i: number): boolean {
  let closed = false;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // A clause of its own (`..., although Microsoft had requested`) is no longer what was said.
    if (t.raw === ';' || (OWN_CLAUSE.has(t.lower) && !ctx.inQuote(t.start))) return false;
    if (t.raw === ',') {
      // The appositive holds the verb when no comma closes it before the verb (`X said Russia, the main backer, had agreed` is reported).
      if (!closed && APPOSITIVE_DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return false;
      closed = true;
    }
    if (REPORTING_VERBS.has(t.lower) && !ctx.inQuote(t.start) && !inClosedRelative(tokens, k, i)) return true;
  }
  return false;
}

/** `X, who says he stands by it, had accused`: is the reporting verb at `k` inside a relative clause closed before `i`? */
function inClosedRelative(tokens: readonly Token[], k: number, i: number): boolean {
  let j = k - 1;
  while (j > 0 && k - j < 12 && tokens[j]!.raw !== ',' && !RELATIVE_WORDS.has(tokens[j]!.lower)) j--;
  if (!(j > 0 && RELATIVE_WORDS.has(tokens[j]!.lower) && tokens[j - 1]!.raw === ',')) return false;
  for (let m = k + 1; m < i; m++) if (tokens[m]!.raw === ',') return true;
  return false;
}
const APPOSITIVE_DETERMINERS = words('a, an, the');
const OWN_CLAUSE = words('although, though, whereas, while, because, however, but');

/** The reporting verb whose complement holds token `i` (see `reportedClause`), or -1. */
function reportingVerbOf(ctx: ArticleContext, tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.raw === ';' || (OWN_CLAUSE.has(t.lower) && !ctx.inQuote(t.start))) return -1;
    if (REPORTING_VERBS.has(t.lower) && !ctx.inQuote(t.start) && !inClosedRelative(tokens, k, i)) return k;
  }
  return -1;
}

// `When she came home that night, she told a friend that ...`: a saying placed in a past of its own.
const PAST_WHEN = /\b[Ww]hen\s+(?:\p{Lu}\p{L}+|he|she|they|we|I|the\s+\p{L}+)\s+(?:was|were|had|\p{L}+ed)\b/u;
const CLOSED_RELATIVE_ASIDE = /,\s*(?:who|which|whose)\b[^,;]*,/iu;
// A lower-case plural (`ministers`, `delegates`; not `is`, `this`, `press`, `bus`): many people as a subject.
const PLURAL_WORD = /\b\p{Ll}{2,}[^\W\d_siu]s\b/u;

/** Is the reporting verb at `k` itself inside a `that` clause of an earlier reporting verb, with no `and` between them? */
function nestedReport(ctx: ArticleContext, tokens: readonly Token[], k: number): boolean {
  const outer = reportingVerbOf(ctx, tokens, k);
  if (outer < 0 || tokens.slice(outer + 1, k).some((t) => t.lower === 'and')) return false;
  return tokens.slice(outer + 1, outer + 4).some((t) => t.lower === 'that');
}

/** What a defendant pleads to (`denies murder`, `denies all charges`): crimes and the counts of an indictment. */
const PLEADED_CHARGES = words('charge, charges, count, counts, murder, murders, manslaughter, rape, assault, molestation, abuse, fraud, theft, robbery, burglary, arson, kidnapping, kidnap, harassment, bribery, corruption, embezzlement, perjury, conspiracy, wounding, stabbing, possession, trafficking, smuggling, attempted');

const NO_COMMENT = words('comment, elaborate, say, speak, discuss, confirm, respond, answer, disclose, reveal, give, provide, identify');

// Words after a verb whose object stood before it (`a target he has met for the year`).
/** Where and as whom people meet who come to know each other (`met as students`, `met at school`, `met through friends`). */
const LIFE_STAGES = words('students, student, teenagers, teenager, children, child, kids, schoolboys, schoolgirls, undergraduates, classmates, colleagues, school, university, college, drama, church, work, friends, mutual');
const NO_OBJECT_NEXT = words('for, in, on, this, last, by, at, during, before, so, already, again');
const MILITARY_LAUNCH = /\b(?:missiles?|icbms?|warheads?|nuclear|weapons?|projectiles?|ballistic|military|spy)\b/i;
// A view shared is about how things are (`is`, `cannot be controlled`), a commitment about what one will do.
const OPINION_COPULA = /\b(?:is|was|are|were|isn't|wasn't|aren't|weren't|(?:could|would|might|may|will|can|should|must)(?:\s+not)?\s+be|cannot\s+be|can't\s+be|couldn't\s+be|wouldn't\s+be|had\s+been|has\s+been|have\s+been)\b/;
/** `agreed the old statute, which governs X, was unfair`: a view shared without `that`, its copula in the first clause. */
function sharedView(after: string): boolean {
  if (/^\s+(?:to|with|on|a|an|terms|deal|plan)\b/i.test(after)) return false;
  const clause = after.replace(CLOSED_RELATIVE_ASIDE, '').split(/[,;.!?]/)[0]!;
  return OPINION_COPULA.test(clause.trim().split(/\s+/).slice(0, 10).join(' '));
}
const STATE_SUBJECT = /\b(?:regime|government|military|army|navy|air force|forces|state|administration|leader|president|ministry)\b/i;



// Determiners before the object regretted that make it someone's act, not the speaker's own.
const OTHERS_ACT = words('the, any, this, these, a, an');
// What one regrets that others decide (`any limit`, `the decision`), as opposed to a loss one mourns or causes.
const MEASURES = words('limit, limits, cap, caps, decision, decisions, move, moves, ban, bans, restriction, restrictions, policy, policies, law, laws, ruling, plan, plans, vote, measure, measures, sanctions, cuts, refusal, failure, lack, absence, delay, delays');
/** Is the object of `regretted` at `last` another's measure (`any cap on exports`)? */
function regrettedMeasure(tokens: readonly Token[], last: number): boolean {
  const det = tokens[last + 1];
  if (!det || !OTHERS_ACT.has(det.lower)) return false;
  for (let k = last + 2; k < Math.min(tokens.length, last + 5); k++) if (MEASURES.has(tokens[k]!.lower)) return true;
  return false;
}
const HEDGES = words('reportedly, allegedly, likely, probably, possibly, expected, unlikely, may, might');

/** How sure the reading is: a finite past verb with its own subject is surest. */
function confidenceOf(present: boolean, borrowedActors: boolean, participle: boolean): number {
  let c = 0.9;
  if (present) c -= 0.15;
  if (borrowedActors) c -= 0.15;
  if (participle) c -= 0.1;
  return Math.round(c * 100) / 100;
}

/**
 * A trigger inside quotation marks is narration when the quotation opens with it and its subject
 * stands outside (`The three "agreed that ..."`), not after a reporting cue.
 */
function narrationInQuote(ctx: ArticleContext, tokens: readonly Token[], i: number): boolean {
  const span = ctx.quoteAt(tokens[i]!.start);
  if (!span || tokens[i]!.start - span[0] > 2) return false;
  let k = i - 1;
  while (k >= 0 && isQuoteMark(tokens[k])) k--;
  const before = tokens[k];
  return !!before && before.word && !REPORTING_VERBS.has(before.lower) && !/^(?:that|as|of)$/.test(before.lower);
}
