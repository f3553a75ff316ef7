/**
 * Find the event mentions of one article: PLOVER-typed triggers (verbs and a few nouns), their
 * actors, status, place and time expression. Per article and pure (worker-safe,
 * structured-cloneable output). Dates stay unresolved here when they need the article's or
 * story's date, which is known only after story clustering: `pendingDate` carries what was written.
 *
 * Precision first: only finite past forms (`met`, `has agreed`) report an occurred event, only
 * base forms after a planning cue (`will meet`, `are scheduled to hold`) a planned one; present
 * tense, infinitive complements (`agreed to hold talks`), quotes, negated and hypothetical clauses
 * are left out. Noun mentions (`the meeting`, `their talks`) refer back to an event of the article
 * and copy its actors, so they merge with it instead of making a second row.
 */
import { ORGANISATION_WORD, countryFromDemonym, countryOf } from './lib/gazetteer.js';
import { findTimeExpressions, resolveTime, type TimeExpression, type TimeSpec } from './lib/dates.js';
import { splitSentences } from './lib/sentences.js';
import type { CleanArticle, EventMention, EventType, Message, PersonMention, Sentence } from './types.js';
import { uniq } from './lib/collections.js';

/** The written time expression of a mention, resolved later against the article's final date. */
export interface PendingDate {
  spec: TimeSpec;
  text: string;
  /** Resolve toward the future (planned events). */
  future: boolean;
}

/** An event mention whose date may still need the article's date. */
export interface EventMentionDraft extends EventMention {
  /** The time expression to resolve once the article's date is final; null: the article's own date. */
  pendingDate: PendingDate | null;
  /** `MM-DD` of a month-day date whose year is unknown yet (article without a date). */
  monthDay: string | null;
  /** Countries of the actors (of people too): lets a country-only mention meet a people one. */
  actorCountries: string[];
  /** The article's main event (its first occurred meeting with named participants, else first mention). */
  main: boolean;
  /** A noun that refers back to another mention (`the meeting`): evidence, not a new event. */
  reference: boolean;
}

type Kind = 'verb' | 'plan' | 'noun';
interface Rule {
  type: EventType;
  name: string;
  kind: Kind;
  src: string;
}

// Words that may sit between a verb and its object noun (`held their first two-plus-two talks`).
const MODS = String.raw`(?:(?:a|an|the|their|its|his|her|two|several|further|more|first|second|third|fourth|fresh|new|separate|bilateral|trilateral|multilateral|direct|face-to-face|informal|formal|joint|lengthy|long|private|secret|emergency|crisis|high-level|top-level|summit-level|peace|intensive|annual|\w+-\w+(?:-\w+)*|["“][\w-]+["”])\s+){0,4}`;
const TALK_NOUNS = String.raw`(?:talks|meetings?|summits?|discussions|consultations|negotiations|(?:tele)?phone\s+(?:talks|calls?|conversations?)|conference\s+calls?|(?:joint\s+)?(?:news|press)\s+conferences?)`;

/** Trigger rules. `src` holds no capture groups: the rule is known by which group of the union matched. */
const RULES: Rule[] = [
  // CONSULT
  // `met his fiscal rules`, `met the deadline`: satisfying, not meeting.
  { type: 'CONSULT', name: 'met', kind: 'verb', src: String.raw`\bmet\b(?!\s+(?:(?:the|his|her|its|their|our|all|both|those|these|this|that|my|own|new|key|tough|strict)\s+){0,3}(?:targets?|rules?|deadlines?|demands?|criteria|requirements?|standards?|costs?|goals?|conditions?|expectations?|needs?|obligations?|thresholds?|quotas?|tests?|pledges?|promises?|commitments?)\b)` },
  { type: 'CONSULT', name: 'held-talks', kind: 'verb', src: String.raw`\b(?:held|has\s+held|have\s+held)\s+${MODS}${TALK_NOUNS}\b` },
  { type: 'CONSULT', name: 'visited', kind: 'verb', src: String.raw`\bvisited\b` },
  { type: 'CONSULT', name: 'discussed', kind: 'verb', src: String.raw`\bdiscussed\b` },
  { type: 'CONSULT', name: 'phoned', kind: 'verb', src: String.raw`\b(?:talked|spoke|spoken)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone)\b` },
  { type: 'CONSULT', name: 'hosted', kind: 'verb', src: String.raw`\bhosted\b` },
  { type: 'CONSULT', name: 'meet', kind: 'plan', src: String.raw`\bmeet\b` },
  { type: 'CONSULT', name: 'hold-talks', kind: 'plan', src: String.raw`\bhold\s+${MODS}${TALK_NOUNS}\b` },
  { type: 'CONSULT', name: 'visit', kind: 'plan', src: String.raw`\bvisit\b(?!\s+(?:by|to|of|in)\b)` },
  { type: 'CONSULT', name: 'discuss', kind: 'plan', src: String.raw`\bdiscuss\b` },
  { type: 'CONSULT', name: 'noun', kind: 'noun', src: String.raw`\b(?:meeting|meetings|talks|summit|visit|(?:tele)?phone\s+(?:call|conversation)|(?:news|press)\s+conference|negotiations)\b` },
  // AGREE
  // `agreed to/with/on/that ...`; a bare `X agreed, but ...` is assent to an opinion.
  { type: 'AGREE', name: 'agreed', kind: 'verb', src: String.raw`\bagreed\b(?=\s+(?:to|with|on|that|upon|in|at|during|after|before|a|an|the|terms|last|this|late|early|\d))` },
  { type: 'AGREE', name: 'signed', kind: 'verb', src: String.raw`\bsigned\b(?!\s+(?:up|off|in)\b)` },
  { type: 'AGREE', name: 'consented', kind: 'verb', src: String.raw`\b(?:consented|concurred)\b` },
  { type: 'AGREE', name: 'confirmed', kind: 'verb', src: String.raw`\b(?:confirmed|reconfirmed|reaffirmed)\b` },
  { type: 'AGREE', name: 'reached-agreement', kind: 'verb', src: String.raw`\b(?:reached|struck|clinched|sealed)\s+(?:an?|the|a\s+\w+|an\s+\w+)\s+(?:agreement|deal|accord|consensus|understanding|compromise|settlement|truce|ceasefire)\b` },
  { type: 'AGREE', name: 'sign', kind: 'plan', src: String.raw`\bsign\b` },
  // REQUEST
  { type: 'REQUEST', name: 'asked', kind: 'verb', src: String.raw`(?<!(?:when|was|were|been|being|if)\s)\basked\s+(?:for\b|that\b|[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?\s+(?:to|for)\b)` },
  { type: 'REQUEST', name: 'called-on', kind: 'verb', src: String.raw`\bcalled\s+(?:on|upon|for)\b` },
  { type: 'REQUEST', name: 'urged', kind: 'verb', src: String.raw`\b(?:urged|requested|demanded|pleaded|implored|begged)\b` },
  { type: 'REQUEST', name: 'sought', kind: 'verb', src: String.raw`\bsought\b` },
  { type: 'REQUEST', name: 'appealed', kind: 'verb', src: String.raw`\bappealed\s+(?:to|for)\b` },
  // ACCUSE
  { type: 'ACCUSE', name: 'expressed-concern', kind: 'verb', src: String.raw`\b(?:expressed|raised|voiced|reiterated|conveyed|registered)\s+(?:(?:its|his|her|their|our|deep|serious|grave|strong|growing|particular|great|strong)\s+){0,2}(?:concerns?|worries|alarm|dismay|displeasure|anger|disappointment|objections?)\b` },
  { type: 'ACCUSE', name: 'complained', kind: 'verb', src: String.raw`\b(?:complained|criticised|criticized|condemned|denounced|blamed|accused|slammed|lambasted|rebuked|censured|castigated|chastised)\b` },
  // `warned that ... unless ...` / `or else` is a threat; a warning otherwise is a complaint.
  { type: 'THREATEN', name: 'warned-unless', kind: 'verb', src: String.raw`\bwarned\b(?=[^.;!?]*\b(?:unless|or\s+else|otherwise)\b)` },
  { type: 'ACCUSE', name: 'warned', kind: 'verb', src: String.raw`\bwarned\b(?![^.;!?]*\b(?:unless|or\s+else|otherwise)\b)` },
  { type: 'ACCUSE', name: 'hit-out', kind: 'verb', src: String.raw`\bhit\s+out\s+(?:at|against)\b` },
  { type: 'ACCUSE', name: 'protest-lodged', kind: 'verb', src: String.raw`\b(?:lodged|filed)\s+(?:an?\s+)?(?:formal\s+|strong\s+)?(?:protest|complaint)\b` },
  // REJECT
  // `dismissed X as Y` disparages X (ACCUSE); `dismissed the claim` rejects it.
  { type: 'ACCUSE', name: 'dismissed-as', kind: 'verb', src: String.raw`\bdismissed\b(?=\s+(?:[\w'’"“”.-]+\s+){1,6}?as\b)` },
  { type: 'REJECT', name: 'rejected', kind: 'verb', src: String.raw`\b(?:rejected|denied|dismissed(?!\s+(?:[\w'’"“”.-]+\s+){1,6}?as\b)|refused|vetoed|rebuffed|repudiated)\b` },
  { type: 'REJECT', name: 'ruled-out', kind: 'verb', src: String.raw`\b(?:ruled\s+out|turned\s+down)\b` },
  // SUPPORT
  { type: 'SUPPORT', name: 'praised', kind: 'verb', src: String.raw`(?<!-)\b(?:praised|welcomed|backed|endorsed|hailed|applauded|commended|congratulated|lauded|supported)\b(?!-)` },
  { type: 'SUPPORT', name: 'expressed-support', kind: 'verb', src: String.raw`\b(?:expressed|voiced|pledged|reaffirmed)\s+(?:(?:its|his|her|their|strong|full|firm)\s+){0,2}support\b` },
  // COOPERATE
  { type: 'COOPERATE', name: 'cooperated', kind: 'verb', src: String.raw`\b(?:cooperated|co-operated|collaborated|joined\s+forces)\b` },
  // AID
  { type: 'AID', name: 'provided-aid', kind: 'verb', src: String.raw`\b(?:provided|sent|pledged|gave|delivered|donated|granted|airlifted)\s+(?:[\w$£€.,-]+\s+){0,4}?(?:aid|assistance|relief|supplies|funding|loans?)\b` },
  // RETREAT
  { type: 'RETREAT', name: 'withdrew', kind: 'verb', src: String.raw`\b(?:withdrew|pulled\s+out|pulled\s+back|retreated)\b` },
  { type: 'RETREAT', name: 'released', kind: 'verb', src: String.raw`\b(?:released|freed)\s+(?:[\w-]+\s+){0,3}?(?:prisoners|hostages|detainees|captives|activists|journalists|inmates|sailors|soldiers)\b` },
  // CONCEDE
  { type: 'CONCEDE', name: 'apologised', kind: 'verb', src: String.raw`\b(?:apologi[sz]ed|conceded|capitulated|backed\s+down)\b` },
  // THREATEN
  { type: 'THREATEN', name: 'threatened', kind: 'verb', src: String.raw`\b(?:threatened|(?:issued|gave)\s+an\s+ultimatum)\b` },
  // PROTEST
  { type: 'PROTEST', name: 'protested', kind: 'verb', src: String.raw`\b(?:protested|boycotted|(?:demonstrated|rallied|marched)\s+(?:against|outside|in|through|on|to)\b)` },
  { type: 'PROTEST', name: 'staged', kind: 'verb', src: String.raw`\b(?:staged|held)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:protests?|rally|rallies|demonstrations?|strike|walkout|sit-in)\b|\bwent\s+on\s+(?:a\s+)?(?:hunger\s+)?strike\b` },
  // SANCTION
  { type: 'SANCTION', name: 'imposed-sanctions', kind: 'verb', src: String.raw`\b(?:imposed|slapped|tightened|levied)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|embargo|tariffs|penalties)\b` },
  { type: 'SANCTION', name: 'expelled', kind: 'verb', src: String.raw`\b(?:expelled|recalled\s+(?:its|their|his|her|the)\s+ambassador|(?:severed|cut|broke\s+off|suspended)\s+(?:[\w-]+\s+){0,2}?(?:ties|relations))\b` },
  // MOBILIZE
  { type: 'MOBILIZE', name: 'deployed', kind: 'verb', src: String.raw`\b(?:deployed|mobili[sz]ed|dispatched|massed|sent)\s+(?:[\w,-]+\s+){0,4}?(?:troops|soldiers|forces|warships|jets|fighter\s+jets|tanks|reservists|battalions?|marines|paratroopers)\b` },
  // COERCE
  { type: 'COERCE', name: 'arrested', kind: 'verb', src: String.raw`\b(?:arrested|detained|jailed|imprisoned|deported|raided|placed\s+under\s+house\s+arrest)\b` },
  // ASSAULT
  { type: 'ASSAULT', name: 'attacked', kind: 'verb', src: String.raw`\b(?:attacked|killed|bombed|shelled|stabbed|assassinated|massacred|invaded|abducted|kidnapped|ambushed|opened\s+fire|(?:launched|carried\s+out)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|air\s?strikes?|raids?|offensive|assault|bombings?))\b` },
];

const UNION = new RegExp(RULES.map((r) => `(${r.src})`).join('|'), 'gi');

// Left context: the verb group before a trigger.
const PLANNED_LEFT = /(?:\b(?:will|shall)|['’]ll)\s+(?:(?:also|again|then|soon|likely|probably|formally|each|both|now|later|officially|first)\s+)*$|\b(?:is|are|was|were|be|been)\s+(?:also\s+)?(?:scheduled|expected|due|set|slated|poised|planning|going|to)\s+(?:to\s+)?$|\b(?:plans?|planned|intends?|intended|aims?|hopes?)\s+to\s+$/i;
const HYPOTHETICAL_LEFT = /\b(?:could|would|might|may|should|must|can|cannot|ca\s*n['’]t|wo\s*n['’]t)\s+(?:(?:not|also|have|be|still|never)\s+)*$/i;
const NEGATED_LEFT = /\b(?:not|never|n['’]t|no\s+longer|neither|nor|failed\s+to|without)\s+(?:(?:yet|even|also|have|been|ever)\s+)*$/i;
const PASSIVE_LEFT = /\b(?:was|were|been|being|be|is|are|get|got)\s+(?:(?:also|reportedly|allegedly|later|then|all|both)\s+)*$/i;
const CONDITIONAL_CLAUSE = /\b(?:if|unless|whether)\b/i;

// Clause edges for actor and place windows.
const LEFT_EDGE = /(?:^|[;:(]|\s[-–—]\s|,\s*(?:but|while|whereas|which|who|where|when|saying|adding)\b|\b(?:but|while|whereas|when|because|although|though|that|which|who|whom|where|as|after|before|since|said|says|told\s+(?:reporters|journalists|\w+)|according\s+to|whether|if|unless)\b)(?![\s\S]*(?:[;:(]|\s[-–—]\s|,\s*(?:but|while|whereas|which|who|where|when|saying|adding)\b|\b(?:but|while|whereas|when|because|although|though|that|which|who|whom|where|as|after|before|since|said|says|told\s+(?:reporters|journalists|\w+)|according\s+to|whether|if|unless)\b))/i;
const RIGHT_EDGE = /[;:]|\s[-–—]\s|,\s*(?:but|while|whereas|which|who|where|saying|adding|and)\b|\b(?:but|while|whereas|when|because|although|though|that|which|who|whom|after|before|said|says|according\s+to|amid|despite)\b|\bto\s+(?!the\b|a\b|an\b|[A-Z])/;
const RIGHT_EDGE_COMPLEMENT = /[;:]|\s[-–—]\s|,\s*(?:but|while|whereas|which|who|where|saying|adding|and)\b|\b(?:but|while|whereas|when|because|although|though|that|which|who|whom|said|says|according\s+to|to)\b/;

// `the Japanese side`, `Japanese officials`: a demonym or country word naming a state actor.
const POSSESSOR = /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:colleagues?|advis[eo]rs?|aides?|spokes(?:man|woman|person)|lawyers?|attorneys?|family|wife|husband|sons?|daughters?|supporters?|allies|officials?|staff|team|campaign|party|government|administration|office|ministry|department|camp|critics|opponents|parents|mother|father|brothers?|sisters?|friends?|associates?|backers|rivals|director|manager|chief|deputy)\b/;
const CAP_SEQ = /\b(?:the\s+)?((?:[A-Z][\w.'’-]*|of)(?:\s+(?:[A-Z][\w.'’-]*|of(?=\s+[A-Z])))*)/g;
const ORG_HEAD = ORGANISATION_WORD;
const NOT_ACTOR = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|In|On|At|For|But|And|Or|If|As|After|Before|During|While|When|Meanwhile|However|Also|Mr|Mrs|Ms|Dr|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Speaking|According|Foreign|Defense|Defence|Prime|Minister|President)$/;

// Plural references to a group named elsewhere.
const ROLE_NP = /\b(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?(?:top\s+)?((?:(?:foreign|defen[cs]e|finance|trade|economy|energy|interior|home|justice|health|agriculture|environment|deputy|vice|prime)\s+)?(?:(?:and|&)\s+(?:foreign|defen[cs]e|finance|trade|economy|energy|interior|home|justice|health|agriculture|environment|deputy|vice|prime)\s+)?)(ministers|leaders|presidents|premiers|secretaries|counterparts)\b(?:\s+of\s+((?:the\s+two|both)\s+(?:countries|nations|sides)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:\s*(?:,|and)\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)*))?/;
const GROUP_PRONOUN = /\b(?:they|the\s+two\s+(?:sides|countries|nations|governments|leaders|men|women)|both\s+(?:sides|countries|nations|governments|leaders|men)|the\s+pair|the\s+two)\b/i;
const HE_SHE = /\b(?:he|she)\b/i;

const NOUN_PHRASE_END = /\b(?:was|were|is|are|has|have|had|will|would|took|came|lasted|marked|offers?|followed|began|ended|could|may|might|can|said|says)\b|[;:]|,\s/;
const NOUN_HEAD = /^(?:meetings?|summit|visit|talks|negotiations|(?:tele)?phone\s+\w+|(?:news|press)\s+conference)$/i;
const DEFINITE_NP = /^(?:(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]hese|[Tt]hose|[A-Z][a-z]+day['’]s)\s|(?:[Tt]his|[Tt]hat)\s+(?:[\w"“”'’-]+\s+)?$)/;
const DEFINITE = /\b(?:the|their|his|her|its|this|that|these|those|[A-Z][a-z]+day['’]s|latest|last)\s+(?:[\w"“”'’-]+\s+){0,4}$/;
const PLANNED_NOUN = /\b(?:planned|scheduled|upcoming|forthcoming|next|proposed|expected|coming|future)\s+(?:[\w"“”'’-]+\s+){0,3}$/i;

function headOf(trigger: string, rule: Rule): string {
  const t = trigger.toLowerCase();
  if (rule.type !== 'CONSULT') return t;
  if (/summit/.test(t)) return 'summit';
  if (/visit/.test(t)) return 'visit';
  if (/conference/.test(t)) return 'conference';
  if (/phone|call/.test(t)) return 'call';
  if (/talk|negotiat|discuss|consult/.test(t)) return 'talks';
  return 'meet';
}

interface Draft extends EventMentionDraft {
  head: string;
  /** Actors still to be resolved from the article's main event. */
  pendingActors: 'main' | 'role' | 'antecedent' | null;
  nounNeedsAntecedent: boolean;
  /** A noun after `after`/`before`: another event than the verb of its sentence. */
  temporal: boolean;
  /** How many actors are people. */
  persons: number;
  /** Index of its sentence. */
  si: number;
}

/**
 * The event mentions of one article.
 * @param article the cleaned article (its `date` may be null: dates then stay pending)
 * @param people every person named in it (from the quotes stage)
 * @param quoted the spans inside quotation marks (from the quotes stage): what is someone's words
 *   or a quoted title is not narration, so no trigger or actor is taken from there
 * @param sentences (optional) `splitSentences(article.text)`, when the caller already has it
 */
export function extractEvents(
  article: CleanArticle,
  people: PersonMention[],
  quoted: [number, number][],
  sentences: Sentence[] = splitSentences(article.text),
): { mentions: EventMentionDraft[]; messages: Message[] } {
  const text = article.text;
  const messages: Message[] = [];
  if (!text) return { mentions: [], messages };
  const quotes = quoted;
  // Names inside quotation marks are what someone said or a title (`met on the set of "Bull Run"`),
  // never the actors of a reported event.
  // A possessor whose people act for them is not the actor (`Mr Thorpe's colleagues refused`,
  // `Bush's advisers denied`).
  const persons = people
    .filter((p) => !inRanges(quotes, p.start) && !POSSESSOR.test(text.slice(p.end, p.end + 40)))
    .sort((a, b) => a.start - b.start);
  const here = article.dateline ? titleCase(article.dateline.replace(/\s*\(.*$/, '').split(/[,/]/)[0]!.trim()) : null;
  const drafts: Draft[] = [];

  // One pass over the text; matches are mapped to sentences in order.
  let si = 0;
  UNION.lastIndex = 0;
  const hits: { s: Sentence; si: number; at: number; end: number; rule: Rule }[] = [];
  for (const m of text.matchAll(UNION)) {
    const at = m.index;
    while (si < sentences.length && sentences[si]!.end <= at) si++;
    const s = sentences[si];
    if (!s || at < s.start) continue;
    if (inRanges(quotes, at)) continue;
    let ri = 1;
    while (m[ri] === undefined) ri++;
    hits.push({ s, si, at, end: at + m[0].length, rule: RULES[ri - 1]! });
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const next = hits[i + 1];
    // A verb's time and place stop at the next event word: `discussed a planned summit in May`.
    const limit = next && next.s === h.s ? next.at : h.s.end;
    const d = analyse(article, text, h.s, h.si, h.at, h.end, h.rule, persons, here, messages, limit, quotes);
    if (d) drafts.push(d);
  }

  return { mentions: finish(article, drafts, persons, messages), messages };
}

function analyse(
  article: CleanArticle, text: string, s: Sentence, si: number, at: number, end: number, rule: Rule,
  persons: PersonMention[], here: string | null, messages: Message[], limit: number, quotes: [number, number][],
): Draft | null {
  const trigger = text.slice(at, end);
  const left = text.slice(s.start, at);
  // Verbs are matched case-insensitively; a capitalised verb mid-sentence is a name (`Sought`), skip.
  if (rule.kind !== 'noun' && /^[A-Z]/.test(trigger) && at > s.start) return null;
  // A participle used as an adjective (`the detained men`, `a signed letter`) reports nothing.
  if (rule.kind === 'verb' && /\b(?:the|a|an|of|newly|recently)\s+$/i.test(left)) return null;
  const edge = lastEdge(left);
  const clauseStart = s.start + edge;
  const clauseLeft = text.slice(clauseStart, at);

  const info = (reason: string) =>
    messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: article.articleId, start: s.start, end: s.end, actual: trigger, reason });
  if (rule.kind !== 'noun') {
    if (NEGATED_LEFT.test(left)) return info(`Negated ${rule.type} trigger "${trigger}" left out`), null;
    if (HYPOTHETICAL_LEFT.test(left) || CONDITIONAL_CLAUSE.test(clauseLeft.slice(0, 12))) return info(`Hypothetical ${rule.type} trigger "${trigger}" left out`), null;
  }
  let status: 'occurred' | 'planned' = 'occurred';
  if (rule.kind === 'plan') {
    if (!PLANNED_LEFT.test(left)) return null;
    status = 'planned';
  }

  // Passive: the agent is in a `by` phrase; a reduced relative (`Japanese abducted by`) is no report.
  const after = text.slice(end, s.end);
  let passive = false;
  if (rule.kind === 'verb' && /^\s+by\b/.test(after)) {
    if (!PASSIVE_LEFT.test(left)) return null;
    passive = true;
  } else if (rule.kind === 'verb' && PASSIVE_LEFT.test(left) && rule.type !== 'CONSULT') {
    // `was criticised` without an agent: no actor to name.
    if (!/\bby\b/.test(after.slice(0, 60))) return null;
    passive = true;
  }

  const stop = rule.type === 'CONSULT' || rule.kind === 'noun' ? RIGHT_EDGE : RIGHT_EDGE_COMPLEMENT;
  let rightEnd = end + firstIndex(stop, after, after.length);
  if (rule.kind === 'noun') {
    // A noun's own time and place sit in its phrase (`the meeting in Moscow on July 31`), up to a verb;
    // `..., which will take place at the end of next month in Osaka` continues it.
    if (/^[^,;]*,\s*which\s+will\s+(?:take\s+place|be\s+held)\b/.test(after)) rightEnd = s.end;
    else rightEnd = Math.min(rightEnd, end + firstIndex(NOUN_PHRASE_END, after, after.length));
  } else if (rule.kind === 'verb' && limit < rightEnd && limit > end) rightEnd = limit;
  const right = { start: end, end: rightEnd };

  let actors: string[] = [];
  let countries: string[] = [];
  let pendingActors: Draft['pendingActors'] = null;
  let reference = false;
  let nounNeedsAntecedent = false;
  let nounStart = -1;
  let temporal = false;

  if (rule.kind === 'noun') {
    const n = nounActors(text, s, at, end, persons, quotes);
    if (n === null) return null;
    ({ actors, countries } = n);
    nounStart = n.npStart;
    temporal = n.temporal;
    if (n.status === 'planned') status = 'planned';
    if (!actors.length) {
      if (!n.definite) return null;
      reference = true;
      nounNeedsAntecedent = true;
      pendingActors = 'antecedent';
    }
  } else {
    const subj = passive
      ? groupActors(text, end, rightEnd, persons, s.start)
      : subjectActors(text, clauseStart, at, persons, s.start);
    actors = subj.actors;
    countries = subj.countries;
    if (subj.pending) pendingActors = subj.pending;
    // Every participant: `X met (with) Y`, `X agreed with Y`, `X met their counterparts Y and Z`.
    if (!passive && (rule.type === 'CONSULT' || rule.type === 'AGREE') && rule.name !== 'visited' && rule.name !== 'visit') {
      const objStart = rule.type === 'AGREE' ? end + (/^\s+with\b/.test(after) ? 0 : after.length) : end;
      const obj = personsIn(persons, objStart, rightEnd);
      for (const p of obj) if (!actors.includes(p.fullName)) actors.push(p.fullName), p.country && countries.push(p.country);
    }
    if (rule.name === 'confirmed' && actors.length < 2 && pendingActors === null) return null; // a joint confirmation only
    if (!actors.length && pendingActors === null) return null;
  }

  // Time: the nearest expression in the clause; a planned event may take one from anywhere after it.
  const exprs = findTimeExpressions(text, nounStart >= 0 ? nounStart : clauseStart, status === 'planned' && nounStart < 0 ? s.end : rightEnd).filter((e) => e.prep !== 'since' && e.prep !== 'until' && e.prep !== 'till' && !(e.spec.k === 'y' && e.prep === 'of'));
  let time: TimeExpression | null = null;
  let best = Infinity;
  for (const e of exprs) {
    const dist = e.start >= end ? e.start - end : at - e.end;
    if (dist < best) (best = dist), (time = e);
  }
  // `during Abe's Russia visit in May, he and Putin will ...`: a dated noun in a future clause is planned.
  if (rule.kind === 'noun' && time && status === 'occurred' && /\bwill\b|\bscheduled\b/.test(text.slice(end, s.end))) {
    status = 'planned';
  }

  // Place: a place phrase in the clause (`in Moscow`, `here`), nearest after the trigger first.
  let location: string | null = null;
  const locWindowStart = rule.type === 'CONSULT' || rule.type === 'AGREE' ? clauseStart : Math.max(clauseStart, at - 40);
  const locWindowEnd = rule.type === 'CONSULT' || rule.type === 'AGREE' || status === 'planned' ? (status === 'planned' ? s.end : rightEnd) : Math.min(rightEnd, end + 40);
  location = placeIn(text, end, locWindowEnd, persons, here) ?? placeIn(text, locWindowStart, at, persons, here);
  if (rule.kind === 'noun' && /visit/i.test(trigger)) {
    const dest = /^\s+to\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})/.exec(after);
    if (dest) location = cleanPlace(dest[1]!);
  }
  if (rule.name === 'visited' || rule.name === 'visit') {
    // Visiting a scene (`visited the crash site`, `visit the victims`) is not a meeting between actors.
    if (VISITED_SCENE.test(after)) return null;
    const dest = /^\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})/.exec(after);
    if (dest && !NOT_ACTOR.test(dest[1]!) && !personsIn(persons, end, end + dest[0].length).length) location = cleanPlace(dest[1]!);
  }

  if (status === 'planned' && !time && !(rule.kind === 'noun' && !actors.length)) {
    messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: article.articleId, start: s.start, end: s.end, actual: trigger, reason: `Planned ${rule.type} "${trigger}" without a date left out` });
    return null;
  }
  const pending: PendingDate | null = time ? { spec: time.spec, text: time.text, future: status === 'planned' } : null;
  const resolved = time ? resolveTime(time.spec, article.date, status === 'planned') : null;
  return {
    articleId: article.articleId,
    eventType: rule.type,
    status,
    actors,
    location,
    date: resolved?.date ?? (time ? null : article.date),
    datePrecision: resolved ? resolved.precision : article.date ? 'day' : null,
    dateBasis: resolved ? resolved.basis : article.date ? 'article' : null,
    dateText: time?.text ?? null,
    trigger,
    sentenceStart: s.start,
    sentenceEnd: s.end,
    rule: `extract-events/${rule.type.toLowerCase()}-${rule.name}`,
    pendingDate: pending,
    monthDay: resolved?.monthDay ?? null,
    actorCountries: [...new Set(countries)],
    main: false,
    reference,
    head: headOf(trigger, rule),
    pendingActors,
    nounNeedsAntecedent,
    temporal,
    si,
    persons: actors.filter((a) => persons.some((p) => p.fullName === a)).length,
  };
}

/** Second pass: sentence-level sharing, references to the main event, one mention per sentence and type. */
function finish(article: CleanArticle, drafts: Draft[], persons: PersonMention[], messages: Message[]): EventMentionDraft[] {
  void persons;
  // Within a sentence: an undated mention takes a dated one's time (`met in Moscow in May, when they agreed`);
  // a placeless one the place of a meeting in it (`expressed concerns during the meeting here`).
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const same = drafts.filter((o) => o !== d && o.sentenceStart === d.sentenceStart && o.status === d.status);
    if (!d.pendingDate) {
      const o = same.find((x) => x.pendingDate && !x.reference);
      if (o) Object.assign(d, { pendingDate: o.pendingDate, date: o.date, datePrecision: o.datePrecision, dateBasis: o.dateBasis, dateText: o.dateText, monthDay: o.monthDay });
    }
    if (!d.location) {
      const o = same.find((x) => x.location && x.eventType === 'CONSULT');
      if (o) d.location = o.location;
    }
  }

  // The main event: the first occurred meeting with two or more named participants, else the first meeting.
  const consult = drafts.filter((d) => d.eventType === 'CONSULT' && d.status === 'occurred' && !d.reference && d.pendingActors === null);
  const main = consult.find((d) => d.persons >= 2) ?? consult.find((d) => d.persons >= 1) ?? consult.find((d) => d.actors.length >= 1) ?? null;
  if (main) main.main = true;

  const out: Draft[] = [];
  let prevActors: { actors: string[]; countries: string[] } | null = null;
  for (const d of drafts) {
    if (d.pendingActors === 'role') {
      d.pendingActors = 'main';
      if (main) ({ actors: d.actors, actorCountries: d.actorCountries } = { actors: [...main.actors], actorCountries: [...main.actorCountries] });
      d.pendingActors = null;
      if (!d.actors.length) continue;
    }
    if (d.pendingActors === 'main' || d.pendingActors === 'antecedent') {
      let src: Draft | null = null;
      if (d.pendingActors === 'antecedent') {
        // Nearest earlier mention with the same head word, else the main event.
        for (let i = out.length - 1; i >= 0; i--) {
          const o = out[i]!;
          // Only a mention of the sentence before or this one; further back, the main event is meant.
          if (d.si - o.si > 1) break;
          if (o.eventType === 'CONSULT' && o.head === d.head && o.actors.length && (!o.reference || o.status === d.status)) { src = o; break; }
        }
        if (src && src.status === 'planned' && d.status === 'occurred' && !d.pendingDate) d.status = 'planned';
        if (!src && d.status === 'occurred') src = main;
        if (!src && d.status === 'planned') src = [...out].reverse().find((o) => o.eventType === 'CONSULT' && o.status === 'planned' && o.actors.length) ?? null;
        // A reference with its own, different date is another event (`the meeting was launched in 2013`): left out.
        const dk = (x: Draft) => x.date ?? x.monthDay ?? JSON.stringify(x.pendingDate?.spec);
        if (src && d.pendingDate && dk(d) !== dk(src)) {
          messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: article.articleId, start: d.sentenceStart, end: d.sentenceEnd, actual: d.trigger, reason: `"${d.trigger}" has its own date (${d.pendingDate.text}): not a reference to the main event, left out` });
          continue;
        }
      } else {
        src = prevActors && d.sentenceStart - (out[out.length - 1]?.sentenceEnd ?? 0) < 400 ? ({ actors: prevActors.actors, actorCountries: prevActors.countries } as Draft) : main;
      }
      if (!src || !src.actors.length) continue;
      d.actors = [...src.actors];
      d.actorCountries = [...src.actorCountries];
      if (d.reference && src !== null && 'location' in src) {
        if (!d.location) d.location = src.location;
        if (!d.pendingDate && src.pendingDate) Object.assign(d, { pendingDate: src.pendingDate, date: src.date, datePrecision: src.datePrecision, dateBasis: src.dateBasis, monthDay: src.monthDay });
      }
      d.pendingActors = null;
    }
    // One mention per sentence and type when they share actors (`X met Y ... in the first meeting`).
    const twin = out.find((o) => o.sentenceStart === d.sentenceStart && o.eventType === d.eventType && o.status === d.status && !o.temporal && !d.temporal && (d.reference || o.reference || o.actors.some((a) => d.actors.includes(a))));
    if (twin) {
      if (twin.reference && !d.reference) {
        out.splice(out.indexOf(twin), 1, d);
        for (const a of twin.actors) if (!d.actors.includes(a)) d.actors.push(a);
        d.location ??= twin.location;
      } else {
        for (const a of d.actors) if (!twin.actors.includes(a)) twin.actors.push(a);
        twin.location ??= d.location;
      }
      continue;
    }
    out.push(d);
    if (!d.reference) prevActors = { actors: d.actors, countries: d.actorCountries };
  }
  return out.map(({ head: _h, pendingActors: _p, nounNeedsAntecedent: _n, temporal: _t, persons: _c, si: _s, ...rest }) => rest);
}

/** The actors of a clause's subject: people nearest the trigger, else states and organisations. */
function subjectActors(text: string, from: number, to: number, persons: PersonMention[], sentenceStart: number): { actors: string[]; countries: string[]; pending: Draft['pendingActors'] } {
  const seg = text.slice(from, to);
  // Walk comma segments right to left: `Japan's Taro Kono, meanwhile, asked`.
  const cuts = [0];
  for (const m of seg.matchAll(/,/g)) cuts.push(m.index + 1);
  for (let i = cuts.length - 1; i >= 0; i--) {
    const a = from + cuts[i]!, b = i === cuts.length - 1 ? to : from + cuts[i + 1]! - 1;
    const part = text.slice(a, b);
    // A comma segment that is a participle or prepositional aside (`attempting to address X's concerns`) names no subject.
    if (i > 0 && /^\s*(?:\w+ing|in|on|at|for|with|after|before|during|apparently|meanwhile|however)\b/i.test(part) && i < cuts.length - 1) continue;
    const ps = personsIn(persons, a, b);
    if (ps.length) return { actors: uniq(ps.map((p) => p.fullName)), countries: ps.flatMap((p) => (p.country ? [p.country] : [])), pending: null };
  }
  for (let i = cuts.length - 1; i >= 0; i--) {
    const a = from + cuts[i]!, b = i === cuts.length - 1 ? to : from + cuts[i + 1]! - 1;
    const part = text.slice(a, b);
    const role = ROLE_NP.exec(part);
    if (role) {
      const r = resolveRole(role, persons);
      if (r.actors.length) return { ...r, pending: null };
      return { actors: [], countries: [], pending: 'role' };
    }
    if (GROUP_PRONOUN.test(part) && part.trim().split(/\s+/).length <= 6) {
      // `Kono met separately with Lavrov and they agreed`: the people earlier in the sentence.
      const earlier = personsIn(persons, sentenceStart, from + cuts[i]!);
      if (earlier.length >= 2 || (earlier.length === 1 && /\bsaid|told\b/.test(text.slice(sentenceStart, a))))
        return { actors: uniq(earlier.map((p) => p.fullName)), countries: earlier.flatMap((p) => (p.country ? [p.country] : [])), pending: null };
      // `Japan and Russia still need ... that they have agreed`: the states named before it.
      const st = statesIn(text, sentenceStart, from + cuts[i]!, persons);
      if (st.length >= 2) return { actors: st, countries: st.flatMap((x) => (countryOf(x) ? [countryOf(x)!] : [])), pending: null };
      return { actors: [], countries: [], pending: 'main' };
    }
    if (HE_SHE.test(part) && part.trim().split(/\s+/).length <= 4) {
      const p = lastPersonBefore(persons, a);
      if (p && a - p.end < 600) return { actors: [p.fullName], countries: p.country ? [p.country] : [], pending: null };
      return { actors: [], countries: [], pending: null };
    }
    const st = statesIn(text, a, b, persons);
    if (st.length) return { actors: st, countries: st.flatMap((x) => (countryOf(x) ? [countryOf(x)!] : [])), pending: null };
    // A comma segment with a verb of its own is another clause: stop there.
    if (i < cuts.length - 1 && /\b(?:is|are|was|were|has|have|had|said|says)\b/.test(part)) break;
  }
  return { actors: [], countries: [], pending: null };
}

/** Everyone named in a span, people first, else states (for `by` agents and `between` phrases). */
function groupActors(text: string, from: number, to: number, persons: PersonMention[], sentenceStart: number): { actors: string[]; countries: string[]; pending: Draft['pendingActors'] } {
  void sentenceStart;
  const ps = personsIn(persons, from, to);
  if (ps.length) return { actors: uniq(ps.map((p) => p.fullName)), countries: ps.flatMap((p) => (p.country ? [p.country] : [])), pending: null };
  const role = ROLE_NP.exec(text.slice(from, to));
  if (role) {
    const r = resolveRole(role, persons);
    if (r.actors.length) return { ...r, pending: null };
  }
  const st = statesIn(text, from, to, persons);
  return { actors: st, countries: st.flatMap((x) => (countryOf(x) ? [countryOf(x)!] : [])), pending: null };
}

/** `the foreign and defense ministers of Japan and Russia` → the people of the article with that title (and country). */
function resolveRole(m: RegExpExecArray, persons: PersonMention[]): { actors: string[]; countries: string[] } {
  const mods = (m[1] ?? '').toLowerCase().split(/\s+|&/).filter((w) => w && w !== 'and');
  const noun = m[2]!.toLowerCase();
  const of = m[3] ?? '';
  const ofCountries = /two|both/i.test(of) ? [] : of.split(/\s*(?:,|\band\b)\s*/).map((w) => countryOf(w.trim())).filter((c): c is string => !!c);
  const titleOk = (t: string | null): boolean => {
    if (!t) return false;
    const tl = t.toLowerCase();
    if (noun === 'leaders') return /president|prime minister|premier|chancellor|leader|king|emperor|chairman|general secretary/.test(tl);
    if (noun === 'presidents') return /president/.test(tl) && !/vice/.test(tl);
    if (noun === 'premiers') return /premier|prime minister/.test(tl);
    if (noun === 'counterparts') return true;
    const head = noun === 'secretaries' ? 'secretary' : 'minister';
    if (!tl.includes(head)) return false;
    if (/prime/.test(tl) && !mods.includes('prime')) return false;
    return !mods.length || mods.some((md) => tl.includes(md.replace('defence', 'defen')) || (md.startsWith('defen') && /defen[cs]e/.test(tl)));
  };
  const seen = new Map<string, PersonMention>();
  for (const p of persons) {
    if (!titleOk(p.title)) continue;
    if (ofCountries.length && p.country && !ofCountries.includes(p.country)) continue;
    if (!seen.has(p.fullName)) seen.set(p.fullName, p);
  }
  const ps = [...seen.values()];
  if (ps.length) return { actors: ps.map((p) => p.fullName), countries: uniq(ps.flatMap((p) => (p.country ? [p.country] : []))) };
  return { actors: ofCountries, countries: ofCountries };
}

/** Countries (from names, demonyms, capitals) and organisations named in a span, not inside a person's name or title. */
function statesIn(text: string, from: number, to: number, persons: PersonMention[]): string[] {
  const out: string[] = [];
  const seg = text.slice(from, to);

  CAP_SEQ.lastIndex = 0;
  let locative = false;
  for (const m of seg.matchAll(CAP_SEQ)) {
    // Sentence punctuation is not part of a name (`... and the Conservatives.`); initials keep theirs (`U.S.`).
    const phrase = m[1]!
      .replace(/^(?:(?:A|An|The|of)\s+)+/, '') // `A Labour spokesman` → Labour; `of Labour` → Labour
      .replace(/['’]s?$/, '') // `the Conservatives' campaign director` → Conservatives
      .replace(/(?<![A-Z]\.[A-Z]?)[.,;:]+$/, '');
    if (!phrase) continue;
    const s = from + m.index + m[0].length - m[1]!.length;
    // A place after `in`/`at` (and what it coordinates: `in England and Wales`) says where the
    // actor is, not who acts (`the top Catholic in England and Wales backed ...`).
    const before = seg.slice(Math.max(0, m.index + m[0].length - m[1]!.length - 16), m.index + m[0].length - m[1]!.length);
    locative = /\b(?:in|at|near|across|throughout)\s+(?:the\s+)?$/.test(before) || (locative && /(?:^|\s)(?:and|or)\s+$|,\s*$/.test(before));
    if (locative) continue;
    if (persons.some((p) => p.start < s + phrase.length && p.end > s)) continue;
    // A demonym right before a title belongs to the person (`Russian Foreign Minister Sergey Lavrov`).
    const words = phrase.split(/\s+/);
    if (NOT_ACTOR.test(words[0]!) && words.length === 1) continue;
    // `the Russian side`/`Japanese officials` → the country; longest known prefix wins.
    let found: string | null = null;
    for (let n = Math.min(3, words.length); n >= 1 && !found; n--) {
      for (let i = 0; i + n <= words.length && !found; i++) {
        const w = words.slice(i, i + n).join(' ');
        const c = countryOf(w);
        if (c) found = c;
      }
    }
    if (found) {
      if (!out.includes(found)) out.push(found);
      continue;
    }
    if (ORG_HEAD.test(phrase) && !NOT_ACTOR.test(phrase)) {
      const org = phrase.replace(/^(?:The|the)\s+/, '');
      if (!out.includes(org)) out.push(org);
    }
  }
  return out;
}

/** A noun mention's own participants, definiteness and status; null when it is not an event reference. */
function nounActors(text: string, s: Sentence, at: number, end: number, persons: PersonMention[], quotes: [number, number][]): { actors: string[]; countries: string[]; definite: boolean; status: 'occurred' | 'planned'; npStart: number; temporal: boolean } | null {
  const trigger = text.slice(at, end);
  if (!NOUN_HEAD.test(trigger) && !/conference/i.test(trigger)) return null;
  const before = text.slice(Math.max(s.start, at - 60), at);
  const after = text.slice(end, Math.min(s.end, end + 120));
  // A press conference is an event only when joint (two sides speaking), or `the` conference
  // referring back to one; someone's own briefing (`at his weekly press conference`) is not.
  if (/conference/i.test(trigger) && !/\bjoint\s+$/i.test(before)) {
    if (!DEFINITE.test(before) || !/\b[Tt]he\s+(?:[\w-]+\s+){0,2}$/.test(before)) return null;
  }
  // `a port call`, `talks` as a verb: the noun must be introduced by a determiner, possessive or modifier.
  const np = /(?:\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[A-Z][\w.'’-]*['’]s)\s+(?:(?!(?:in|on|at|to|of|for|with|by|from|and|or|that|which|is|was|are|were|has|had|have)\s)[\w"“”'’-]+\s+){0,4})$/.exec(before);
  if (!np) return null;
  const npText = np[0];
  // Capitalised modifiers naming others (`the U.S.-North Korea summit`, `the G20 meeting`): not a reference.
  const capMods = npText.replace(/^\S+\s+/, '').match(/\b[A-Z][\w.'’-]*/g) ?? [];
  const dayPossessive = /^[A-Z][a-z]+day['’]s$/;
  const ownPersons = personsIn(persons, at - npText.length, at);
  const possessor = /^([A-Z][\w.'’-]*)['’]s\s/.exec(npText);
  const status: 'occurred' | 'planned' = PLANNED_NOUN.test(before) || /^\s*(?:to\s+be\s+held|(?:,\s*which\s+)?will\s+(?:take\s+place|be\s+held))/.test(after) && !/\bfirst\b/.test(npText) ? 'planned' : 'occurred';
  // `between X and Y`, `with X`: own participants.
  const between = /^\s*(?:[\w"“”'’-]+\s+){0,3}?(?:between|with)\s+/.exec(after);
  let actors: string[] = [];
  let countries: string[] = [];
  if (between) {
    const bStart = end + between[0].length;
    const bEnd = end + firstIndex(/[;:,.]|\b(?:to|on|in|at|which|that|after|before|since|when|as|while|who)\b/, text.slice(bStart, s.end), s.end - bStart) + (bStart - end);
    const g = groupActors(text, bStart, bEnd, persons, s.start);
    actors = g.actors;
    countries = g.countries;
  }
  if (ownPersons.length) for (const p of ownPersons) if (!actors.includes(p.fullName)) actors.unshift(p.fullName), p.country && countries.push(p.country);
  if (possessor && /^(?:his|her|their)$/i.test(possessor[1]!)) void 0;
  if (/\b(?:his|her)\s+(?:[\w"“”'’-]+\s+){0,4}$/i.test(npText) && between) {
    // `his first meeting with X`: he is the sentence's subject, named later or before.
    const p = personsIn(persons, s.start, s.end).find((x) => !actors.includes(x.fullName));
    if (p && actors.length) actors.unshift(p.fullName), p.country && countries.push(p.country);
  }
  const otherCaps = capMods.filter((w) => !dayPossessive.test(w) && !persons.some((p) => text.indexOf(w, at - npText.length) >= p.start - 1 && text.indexOf(w, at - npText.length) < p.end));
  if (!actors.length && otherCaps.length) {
    // `Abe's Russia visit`: possessor person handled above; others name a different event.
    return null;
  }
  // `his first meeting with a foreign counterpart`: he is the person the sentence is about.
  if (!actors.length && /^(?:his|her)\s/i.test(npText)) {
    const p = subjectAfterFronted(text, s, end, persons, quotes)[0] ?? personsIn(persons, s.start, at).filter((x) => !inRanges(quotes, x.start)).pop();
    if (p) actors.push(p.fullName), p.country && countries.push(p.country);
  }
  if (!actors.length && !between) {
    // Indefinite and unnamed (`bilateral meetings to be held`): not a reference to anything.
    if (!DEFINITE_NP.test(npText) && !/joint/i.test(npText)) return null;
  }
  if (!actors.length && between) return null;
  const definite = DEFINITE_NP.test(npText);
  const setting = /\b(?:in|at|during|after|following|before)\s+$/i.test(text.slice(Math.max(s.start, at - npText.length - 12), at - npText.length));
  // An indefinite one is an event only when planned, or the setting of what is reported (`said at a joint news conference with X`).
  if (!definite && status !== 'planned' && !(setting && (actors.length || /joint/i.test(npText)))) return null;
  const npStart = at - npText.length;
  const temporal = /\b(?:after|following|before|ahead\s+of|prior\s+to|since|in\s+the\s+lead-up\s+to)\s+$/i.test(text.slice(Math.max(s.start, npStart - 22), npStart));
  // A named meeting that is neither the setting of the report, nor planned, nor dated is talk about it
  // (`the talks between the two leaders have been deadlocked`): only its own date can make it an event.
  const ownDate = findTimeExpressions(text, npStart, Math.min(s.end, end + 80)).length > 0;
  if (actors.length && !setting && status !== 'planned' && !ownDate) return null;
  if (setting && !definite) {
    // The reporting clause's subject took part: `Lavrov said in a joint news conference with Kono`.
    let ps = personsIn(persons, s.start, at).filter((x) => !inRanges(quotes, x.start)).slice(-2);
    // `At a joint press conference ..., Lavrov expressed concern`: the subject comes after the fronted phrase.
    if (!ps.length) ps = subjectAfterFronted(text, s, end, persons, quotes);
    for (const p of ps) if (!actors.includes(p.fullName)) actors.unshift(p.fullName), p.country && countries.push(p.country);
  }
  return { actors, countries, definite, status, npStart, temporal };
}

/** `At a joint press conference after ..., Sergey Lavrov expressed`: the first person after the fronted phrase's comma. */
function subjectAfterFronted(text: string, s: Sentence, from: number, persons: PersonMention[], quotes: [number, number][]): PersonMention[] {
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= s.end) return [];
  return personsIn(persons, comma, s.end).filter((x) => !inRanges(quotes, x.start)).slice(0, 1);
}

const VISITED_SCENE = /^\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:site|scene|area|hospital|victims?|families|survivors|wounded|injured|school|factory|plant|camp|shelter|memorial|grave|ruins|wreckage|neighbou?rhood|town|village|flood\w*|zone|set)\b/;

/** A place phrase in a span: `in Moscow`, `at the Iikura Guest House in Tokyo`, `here` (the dateline). */
const PLACE = /\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|de|des|du|la|le|del|di|von|van|al)(?=\s|$|[,.;])){0,4})(?:\s+in\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))?|\bhere\b/g;
const VENUE = /\b(?:House|Palace|Palais|Hotel|Hall|Cent(?:re|er)|Building|Headquarters|Castle|Stadium|Square|Kremlin|Residence|Villa|Lodge|Resort|Airport|Base|Embassy|Mansion)\b/;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|World|The|A|An|Parliament|Congress|Commons|Lords|Senate|Court|English|Christmas|Easter|Ramadan)\b/;
// A capitalised phrase followed by a lowercase noun is a modifier (`in the Acme Shield system`), not a
// place; a place is followed by punctuation or by one of these words.
const AFTER_PLACE = /^(?:\s*$|\s*[,.;:)!?—–-]|\s+(?:to|on|and|or|in|at|for|with|after|before|during|last|this|next|as|where|when|that|which|while|but|from|since|until|earlier|later|on|amid|over|under|by|is|was|were|are|will|would|has|had|have|said|says|told|to|the|a|an|of|early|late|mid|around|about|ahead|following|between|near|alongside|together|again|yesterday|today|tomorrow)\b)/;

function placeIn(text: string, from: number, to: number, persons: PersonMention[], here: string | null): string | null {
  if (to <= from) return null;
  const seg = text.slice(from, to);
  PLACE.lastIndex = 0;
  for (const m of seg.matchAll(PLACE)) {
    if (m[0] === 'here') {
      if (here) return here;
      continue;
    }
    let name = m[1]!;
    const s = from + m.index + m[0].indexOf(name);
    if (persons.some((p) => p.start < s + name.length && p.end > s)) continue;
    if (NOT_PLACE.test(name)) continue;
    const bare = name.replace(/[.,;:]+$/, '');
    if (!m[2] && !AFTER_PLACE.test(text.slice(s + bare.length, s + bare.length + 24))) continue;
    // `in Japan's northern regions`: a possessive is a modifier, not the place.
    if (/['’]s$/.test(name) && /^\s+[a-z]/.test(text.slice(s + name.length, s + name.length + 3))) {
      const bareName = name.replace(/['’]s$/, '');
      if (!countryOf(bareName) || isCountry(bareName)) continue;
      name = bareName; // `Tokyo’s Minato Ward` → Tokyo
    }
    // A demonym is not a place (`in the Russian Far East city`).
    if (countryFromDemonym(name.split(' ')[0]!)) continue;
    if (VENUE.test(name) && m[2]) return `${cleanPlace(name)}, ${cleanPlace(m[2])}`;
    if (ORG_HEAD.test(name)) continue;
    name = cleanPlace(name);
    if (!name) continue;
    return name;
  }
  return null;
}

function isCountry(w: string): boolean {
  return countryOf(w) === w;
}

/** `Moscow, Russia` → Moscow; trailing punctuation and possessives off. */
function cleanPlace(name: string): string {
  return name.replace(/['’]s$/, '').replace(/[.,;]+$/, '').replace(/,\s*[A-Z][\w.-]*$/, '').trim();
}

function personsIn(persons: PersonMention[], from: number, to: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (const p of persons) {
    if (p.start >= to) break;
    if (p.start >= from && p.end <= to) out.push(p);
  }
  return out;
}

function lastPersonBefore(persons: PersonMention[], at: number): PersonMention | null {
  let found: PersonMention | null = null;
  for (const p of persons) {
    if (p.end > at) break;
    found = p;
  }
  return found;
}

function lastEdge(left: string): number {
  const m = LEFT_EDGE.exec(left);
  return m ? m.index + m[0].length : 0;
}

function firstIndex(re: RegExp, s: string, fallback: number): number {
  const m = re.exec(s);
  return m ? m.index : fallback;
}


function inRanges(ranges: [number, number][], at: number): boolean {
  for (const [a, b] of ranges) {
    if (at < a) return false;
    if (at < b) return true;
  }
  return false;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

