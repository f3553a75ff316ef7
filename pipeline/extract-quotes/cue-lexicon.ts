/**
 * The reporting-cue lexicon: general English verbs and nouns that introduce what someone said,
 * wrote or thought, with the kind of report each signals. Data, not patterns: `cues.ts` builds
 * its lookup of inflected forms from these rows.
 *
 * Where the rows come from: the union of the reporting-verb lists of open quote extractors
 * (textacy, the Gender Gap Tracker, CoreNLP's quote attribution), the cue verbs of the PolNeAR
 * **train** split's attributions (counted by the words between each annotated source and its
 * quotation), and the diplomatic and British-press verbs those lists lack (stress, urge, vow,
 * pledge, reiterate, chide, fume, gush, ...). Only general vocabulary: no phrase of any article.
 */

/** What a cue reports: words spoken, words written (statements, posts, letters), or a thought or belief. */
export type CueKind = 'speech' | 'writing' | 'thought';

/**
 * How the quoted words relate to the verb:
 * - `clause` (the default): the verb reports words or a clause (`said`, `warned that ...`);
 * - `name`: the verb characterises something with the quoted words (`called the plan "a fraud"`,
 *   `described it as "reckless"`), so a short quoted fragment after it is the subject's words.
 */
export type CueFrame = 'clause' | 'name';

export interface CueVerb {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly frame?: CueFrame;
  /** Irregular or consonant-doubling forms; the others follow the regular rules. */
  readonly past?: string;
  readonly participle?: string;
  readonly ing?: string;
  /** The verb is a cue only with this particle right after it (`point out`, `go on`). */
  readonly particle?: string;
  /**
   * A verb too common in other senses (`continued to`, `read the file`, `asked for`) to reach for
   * a quotation further along its clause: it attributes only a quotation right beside it.
   */
  readonly weak?: boolean;
  /** Followed by `to`, the verb tells an intention, not a report (`agreed to work`, `hoped to enter`). */
  readonly notBeforeTo?: boolean;
  /** The verb is a cue only with one of these objects (`expressed concern`, `voiced hope`). */
  readonly objects?: readonly string[];
  /** The object may be quoted words (`expressed "deep concern"`). */
  readonly quotedObject?: boolean;
}

/** What one issues or releases when that reports words (`issued a statement`). */
export const ISSUED_TEXTS: readonly string[] = ['statement', 'statements', 'warning', 'apology', 'denial', 'rebuttal', 'response', 'ultimatum', 'appeal', 'plea', 'communique', 'declaration', 'message'];

/** What one expresses or voices when `express` reports speech (`expressed concern that ...`). */
export const EXPRESSED_STATES: readonly string[] = [
  'concern', 'concerns', 'hope', 'hopes', 'regret', 'confidence', 'doubt', 'doubts', 'frustration', 'optimism',
  'pessimism', 'disappointment', 'support', 'anger', 'alarm', 'surprise', 'skepticism', 'scepticism', 'satisfaction',
  'gratitude', 'sympathy', 'condolences', 'outrage', 'dismay', 'fears', 'fear', 'worry', 'worries', 'reservations',
  'opposition', 'solidarity', 'questions', 'objections', 'desire', 'wish', 'willingness', 'interest', 'intention',
  'readiness', 'openness', 'determination', 'disgust', 'shock', 'horror', 'sadness', 'grief', 'thanks', 'appreciation',
];

export const CUE_VERBS: readonly CueVerb[] = [
  // say, tell, and the plain reporting verbs
  { lemma: 'say', kind: 'speech', past: 'said' },
  { lemma: 'tell', kind: 'speech', past: 'told' },
  { lemma: 'add', kind: 'speech' },
  { lemma: 'state', kind: 'speech' },
  { lemma: 'declare', kind: 'speech' },
  { lemma: 'announce', kind: 'speech' },
  { lemma: 'explain', kind: 'speech' },
  { lemma: 'note', kind: 'speech' },
  { lemma: 'observe', kind: 'speech' },
  { lemma: 'remark', kind: 'speech' },
  { lemma: 'comment', kind: 'speech' },
  { lemma: 'mention', kind: 'speech' },
  { lemma: 'report', kind: 'speech' },
  { lemma: 'recount', kind: 'speech' },
  { lemma: 'recall', kind: 'speech' },
  { lemma: 'reminisce', kind: 'speech' },
  { lemma: 'testify', kind: 'speech' },
  { lemma: 'speak', kind: 'speech', past: 'spoke', participle: 'spoken', weak: true },
  { lemma: 'talk', kind: 'speech', weak: true },
  { lemma: 'go', kind: 'speech', past: 'went', participle: 'gone', particle: 'on' },
  { lemma: 'continue', kind: 'speech', weak: true, notBeforeTo: true },
  { lemma: 'conclude', kind: 'speech' },
  { lemma: 'sum', kind: 'speech', past: 'summed', ing: 'summing', particle: 'up' },
  { lemma: 'summarize', kind: 'speech' },
  { lemma: 'summarise', kind: 'speech' },
  { lemma: 'point', kind: 'speech', particle: 'out' },
  { lemma: 'spell', kind: 'speech', particle: 'out' },
  { lemma: 'interject', kind: 'speech' },
  { lemma: 'chime', kind: 'speech', particle: 'in' },
  { lemma: 'weigh', kind: 'speech', particle: 'in' },
  { lemma: 'put', kind: 'speech', past: 'put', ing: 'putting', particle: 'it', weak: true },
  { lemma: 'quote', kind: 'speech', weak: true },
  { lemma: 'cite', kind: 'speech', weak: true },
  { lemma: 'express', kind: 'speech', objects: EXPRESSED_STATES, quotedObject: true },
  { lemma: 'voice', kind: 'speech', objects: EXPRESSED_STATES, quotedObject: true },
  { lemma: 'raise', kind: 'speech', objects: EXPRESSED_STATES },
  { lemma: 'issue', kind: 'writing', objects: ISSUED_TEXTS },
  { lemma: 'release', kind: 'writing', objects: ISSUED_TEXTS },
  { lemma: 'put', kind: 'writing', past: 'put', ing: 'putting', particle: 'out', objects: ISSUED_TEXTS },
  // claims and assertions
  { lemma: 'claim', kind: 'speech' },
  { lemma: 'assert', kind: 'speech' },
  { lemma: 'allege', kind: 'speech' },
  { lemma: 'maintain', kind: 'speech' },
  { lemma: 'contend', kind: 'speech' },
  { lemma: 'insist', kind: 'speech' },
  { lemma: 'argue', kind: 'speech' },
  { lemma: 'reason', kind: 'speech' },
  { lemma: 'affirm', kind: 'speech' },
  { lemma: 'aver', kind: 'speech', past: 'averred', ing: 'averring' },
  { lemma: 'avow', kind: 'speech' },
  { lemma: 'attest', kind: 'speech' },
  { lemma: 'proclaim', kind: 'speech' },
  { lemma: 'pronounce', kind: 'speech' },
  { lemma: 'posit', kind: 'speech' },
  { lemma: 'opine', kind: 'speech' },
  { lemma: 'speculate', kind: 'speech' },
  { lemma: 'surmise', kind: 'speech' },
  { lemma: 'estimate', kind: 'speech' },
  { lemma: 'guess', kind: 'speech' },
  // emphasis and repetition
  { lemma: 'stress', kind: 'speech' },
  { lemma: 'emphasize', kind: 'speech' },
  { lemma: 'emphasise', kind: 'speech' },
  { lemma: 'underline', kind: 'speech' },
  { lemma: 'underscore', kind: 'speech' },
  { lemma: 'highlight', kind: 'speech' },
  { lemma: 'reiterate', kind: 'speech' },
  { lemma: 'repeat', kind: 'speech' },
  { lemma: 'echo', kind: 'speech' },
  { lemma: 'clarify', kind: 'speech' },
  { lemma: 'elaborate', kind: 'speech' },
  { lemma: 'specify', kind: 'speech' },
  { lemma: 'detail', kind: 'speech' },
  { lemma: 'outline', kind: 'speech' },
  // confirming, denying, conceding
  { lemma: 'confirm', kind: 'speech' },
  { lemma: 'deny', kind: 'speech' },
  { lemma: 'admit', kind: 'speech', past: 'admitted', ing: 'admitting' },
  { lemma: 'acknowledge', kind: 'speech' },
  { lemma: 'concede', kind: 'speech' },
  { lemma: 'allow', kind: 'speech', particle: 'that' },
  { lemma: 'confess', kind: 'speech' },
  { lemma: 'reveal', kind: 'speech' },
  { lemma: 'disclose', kind: 'speech' },
  { lemma: 'divulge', kind: 'speech' },
  { lemma: 'confide', kind: 'speech' },
  { lemma: 'indicate', kind: 'speech' },
  { lemma: 'imply', kind: 'speech' },
  { lemma: 'hint', kind: 'speech' },
  { lemma: 'signal', kind: 'speech' },
  { lemma: 'agree', kind: 'speech', notBeforeTo: true },
  { lemma: 'disagree', kind: 'speech' },
  { lemma: 'concur', kind: 'speech', past: 'concurred', ing: 'concurring' },
  // answers and rejoinders
  { lemma: 'reply', kind: 'speech' },
  { lemma: 'respond', kind: 'speech' },
  { lemma: 'answer', kind: 'speech' },
  { lemma: 'counter', kind: 'speech' },
  { lemma: 'retort', kind: 'speech' },
  { lemma: 'rebut', kind: 'speech', past: 'rebutted', ing: 'rebutting' },
  { lemma: 'hit', kind: 'speech', past: 'hit', ing: 'hitting', particle: 'back' },
  { lemma: 'fire', kind: 'speech', particle: 'back' },
  { lemma: 'shoot', kind: 'speech', past: 'shot', particle: 'back' },
  { lemma: 'push', kind: 'speech', particle: 'back' },
  // questions, requests, appeals
  { lemma: 'ask', kind: 'speech' },
  { lemma: 'inquire', kind: 'speech' },
  { lemma: 'enquire', kind: 'speech' },
  { lemma: 'query', kind: 'speech' },
  { lemma: 'wonder', kind: 'thought' },
  { lemma: 'press', kind: 'speech', weak: true },
  { lemma: 'demand', kind: 'speech' },
  { lemma: 'urge', kind: 'speech' },
  { lemma: 'implore', kind: 'speech' },
  { lemma: 'exhort', kind: 'speech' },
  { lemma: 'plead', kind: 'speech' },
  { lemma: 'beg', kind: 'speech', past: 'begged', ing: 'begging' },
  { lemma: 'appeal', kind: 'speech' },
  { lemma: 'request', kind: 'speech' },
  { lemma: 'suggest', kind: 'speech' },
  { lemma: 'propose', kind: 'speech' },
  { lemma: 'recommend', kind: 'speech' },
  { lemma: 'advise', kind: 'speech' },
  { lemma: 'counsel', kind: 'speech' },
  { lemma: 'inform', kind: 'speech' },
  { lemma: 'brief', kind: 'speech', weak: true },
  // warnings, promises, threats
  { lemma: 'warn', kind: 'speech' },
  { lemma: 'caution', kind: 'speech' },
  { lemma: 'threaten', kind: 'speech' },
  { lemma: 'predict', kind: 'speech' },
  { lemma: 'forecast', kind: 'speech', past: 'forecast' },
  { lemma: 'promise', kind: 'speech' },
  { lemma: 'pledge', kind: 'speech' },
  { lemma: 'vow', kind: 'speech' },
  { lemma: 'swear', kind: 'speech', past: 'swore', participle: 'sworn' },
  { lemma: 'assure', kind: 'speech' },
  { lemma: 'reassure', kind: 'speech' },
  // pride, humour, scorn
  { lemma: 'boast', kind: 'speech' },
  { lemma: 'brag', kind: 'speech', past: 'bragged', ing: 'bragging' },
  { lemma: 'gloat', kind: 'speech' },
  { lemma: 'crow', kind: 'speech' },
  { lemma: 'joke', kind: 'speech' },
  { lemma: 'quip', kind: 'speech', past: 'quipped', ing: 'quipping' },
  { lemma: 'jest', kind: 'speech' },
  { lemma: 'tease', kind: 'speech' },
  { lemma: 'taunt', kind: 'speech' },
  { lemma: 'mock', kind: 'speech', frame: 'name' },
  { lemma: 'ridicule', kind: 'speech', frame: 'name' },
  { lemma: 'deride', kind: 'speech', frame: 'name' },
  { lemma: 'scoff', kind: 'speech' },
  { lemma: 'sneer', kind: 'speech' },
  { lemma: 'sniff', kind: 'speech' },
  { lemma: 'jeer', kind: 'speech' },
  { lemma: 'heckle', kind: 'speech' },
  // praise
  { lemma: 'gush', kind: 'speech' },
  { lemma: 'rave', kind: 'speech' },
  { lemma: 'enthuse', kind: 'speech' },
  { lemma: 'praise', kind: 'speech', frame: 'name' },
  { lemma: 'hail', kind: 'speech', frame: 'name' },
  { lemma: 'laud', kind: 'speech', frame: 'name' },
  { lemma: 'tout', kind: 'speech', frame: 'name' },
  { lemma: 'celebrate', kind: 'speech', weak: true },
  { lemma: 'congratulate', kind: 'speech' },
  { lemma: 'thank', kind: 'speech' },
  { lemma: 'welcome', kind: 'speech', weak: true },
  { lemma: 'applaud', kind: 'speech' },
  { lemma: 'commend', kind: 'speech' },
  { lemma: 'cheer', kind: 'speech', weak: true },
  // criticism and blame
  { lemma: 'complain', kind: 'speech' },
  { lemma: 'grumble', kind: 'speech' },
  { lemma: 'grouse', kind: 'speech' },
  { lemma: 'gripe', kind: 'speech' },
  { lemma: 'moan', kind: 'speech' },
  { lemma: 'whine', kind: 'speech' },
  { lemma: 'lament', kind: 'speech' },
  { lemma: 'bemoan', kind: 'speech' },
  { lemma: 'decry', kind: 'speech', frame: 'name' },
  { lemma: 'deplore', kind: 'speech' },
  { lemma: 'regret', kind: 'speech', past: 'regretted', ing: 'regretting' },
  { lemma: 'apologize', kind: 'speech' },
  { lemma: 'apologise', kind: 'speech' },
  { lemma: 'protest', kind: 'speech' },
  { lemma: 'object', kind: 'speech' },
  { lemma: 'criticize', kind: 'speech' },
  { lemma: 'criticise', kind: 'speech' },
  { lemma: 'condemn', kind: 'speech', frame: 'name' },
  { lemma: 'denounce', kind: 'speech', frame: 'name' },
  { lemma: 'slam', kind: 'speech', past: 'slammed', ing: 'slamming', frame: 'name' },
  { lemma: 'blast', kind: 'speech', frame: 'name' },
  { lemma: 'attack', kind: 'speech', weak: true },
  { lemma: 'assail', kind: 'speech' },
  { lemma: 'lambast', kind: 'speech' },
  { lemma: 'lambaste', kind: 'speech' },
  { lemma: 'chide', kind: 'speech' },
  { lemma: 'scold', kind: 'speech' },
  { lemma: 'rebuke', kind: 'speech' },
  { lemma: 'berate', kind: 'speech' },
  { lemma: 'castigate', kind: 'speech' },
  { lemma: 'excoriate', kind: 'speech' },
  { lemma: 'fault', kind: 'speech' },
  { lemma: 'blame', kind: 'speech' },
  { lemma: 'accuse', kind: 'speech' },
  { lemma: 'charge', kind: 'speech', weak: true },
  { lemma: 'dismiss', kind: 'speech', frame: 'name' },
  { lemma: 'reject', kind: 'speech', frame: 'name' },
  { lemma: 'rebuff', kind: 'speech' },
  { lemma: 'lash', kind: 'speech', particle: 'out' },
  // anger and raised voices
  { lemma: 'fume', kind: 'speech' },
  { lemma: 'rage', kind: 'speech' },
  { lemma: 'rant', kind: 'speech' },
  { lemma: 'rail', kind: 'speech' },
  { lemma: 'vent', kind: 'speech' },
  { lemma: 'snap', kind: 'speech', past: 'snapped', ing: 'snapping' },
  { lemma: 'bark', kind: 'speech' },
  { lemma: 'growl', kind: 'speech' },
  { lemma: 'hiss', kind: 'speech' },
  { lemma: 'shout', kind: 'speech' },
  { lemma: 'yell', kind: 'speech' },
  { lemma: 'scream', kind: 'speech' },
  { lemma: 'shriek', kind: 'speech' },
  { lemma: 'cry', kind: 'speech' },
  { lemma: 'exclaim', kind: 'speech' },
  { lemma: 'roar', kind: 'speech' },
  { lemma: 'bellow', kind: 'speech' },
  { lemma: 'thunder', kind: 'speech' },
  { lemma: 'wail', kind: 'speech' },
  { lemma: 'sob', kind: 'speech', past: 'sobbed', ing: 'sobbing' },
  { lemma: 'sigh', kind: 'speech' },
  { lemma: 'laugh', kind: 'speech', weak: true },
  { lemma: 'chuckle', kind: 'speech' },
  // quiet voices
  { lemma: 'whisper', kind: 'speech' },
  { lemma: 'murmur', kind: 'speech' },
  { lemma: 'mutter', kind: 'speech' },
  { lemma: 'mumble', kind: 'speech' },
  { lemma: 'muse', kind: 'thought' },
  // performance
  { lemma: 'chant', kind: 'speech' },
  { lemma: 'sing', kind: 'speech', past: 'sang', participle: 'sung' },
  { lemma: 'recite', kind: 'speech' },
  { lemma: 'preach', kind: 'speech' },
  { lemma: 'lecture', kind: 'speech' },
  // naming and characterising
  { lemma: 'call', kind: 'speech', frame: 'name' },
  { lemma: 'describe', kind: 'speech', frame: 'name' },
  { lemma: 'characterize', kind: 'speech', frame: 'name' },
  { lemma: 'characterise', kind: 'speech', frame: 'name' },
  { lemma: 'label', kind: 'speech', frame: 'name' },
  { lemma: 'brand', kind: 'speech', frame: 'name' },
  { lemma: 'dub', kind: 'speech', past: 'dubbed', ing: 'dubbing', frame: 'name' },
  { lemma: 'term', kind: 'speech', frame: 'name' },
  { lemma: 'nickname', kind: 'speech', frame: 'name' },
  { lemma: 'refer', kind: 'speech', past: 'referred', ing: 'referring', frame: 'name' },
  { lemma: 'liken', kind: 'speech', frame: 'name' },
  { lemma: 'compare', kind: 'speech', frame: 'name', weak: true },
  // writing
  { lemma: 'write', kind: 'writing', past: 'wrote', participle: 'written' },
  { lemma: 'tweet', kind: 'writing' },
  { lemma: 'retweet', kind: 'writing' },
  { lemma: 'post', kind: 'writing', weak: true },
  { lemma: 'email', kind: 'writing' },
  { lemma: 'e-mail', kind: 'writing' },
  { lemma: 'text', kind: 'writing', weak: true },
  { lemma: 'blog', kind: 'writing', past: 'blogged', ing: 'blogging' },
  { lemma: 'pen', kind: 'writing', past: 'penned', ing: 'penning', weak: true },
  { lemma: 'scrawl', kind: 'writing' },
  { lemma: 'publish', kind: 'writing', weak: true },
  { lemma: 'read', kind: 'writing', past: 'read', weak: true },
  // thought and belief
  { lemma: 'think', kind: 'thought', past: 'thought' },
  { lemma: 'believe', kind: 'thought' },
  { lemma: 'feel', kind: 'thought', past: 'felt' },
  { lemma: 'hope', kind: 'thought', notBeforeTo: true },
  { lemma: 'fear', kind: 'thought', notBeforeTo: true },
  { lemma: 'worry', kind: 'thought' },
  { lemma: 'expect', kind: 'thought', notBeforeTo: true },
  { lemma: 'suspect', kind: 'thought' },
  { lemma: 'doubt', kind: 'thought' },
  { lemma: 'reckon', kind: 'thought' },
  { lemma: 'imagine', kind: 'thought' },
];

/** Nouns that name a report (`his claim that ...`, `the ministry's statement said ...`, `in a statement`). */
export interface CueNoun {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly plural?: string;
}

export const CUE_NOUNS: readonly CueNoun[] = [
  { lemma: 'statement', kind: 'writing' },
  { lemma: 'remark', kind: 'speech' },
  { lemma: 'comment', kind: 'speech' },
  { lemma: 'words', kind: 'speech' },
  { lemma: 'claim', kind: 'speech' },
  { lemma: 'assertion', kind: 'speech' },
  { lemma: 'allegation', kind: 'speech' },
  { lemma: 'argument', kind: 'speech' },
  { lemma: 'contention', kind: 'speech' },
  { lemma: 'insistence', kind: 'speech' },
  { lemma: 'vow', kind: 'speech' },
  { lemma: 'pledge', kind: 'speech' },
  { lemma: 'promise', kind: 'speech' },
  { lemma: 'warning', kind: 'speech' },
  { lemma: 'threat', kind: 'speech' },
  { lemma: 'prediction', kind: 'speech' },
  { lemma: 'message', kind: 'writing' },
  { lemma: 'tweet', kind: 'writing' },
  { lemma: 'post', kind: 'writing' },
  { lemma: 'letter', kind: 'writing' },
  { lemma: 'email', kind: 'writing' },
  { lemma: 'memo', kind: 'writing' },
  { lemma: 'missive', kind: 'writing' },
  { lemma: 'report', kind: 'writing' },
  { lemma: 'editorial', kind: 'writing' },
  { lemma: 'column', kind: 'writing' },
  { lemma: 'op-ed', kind: 'writing' },
  { lemma: 'essay', kind: 'writing' },
  { lemma: 'speech', kind: 'speech', plural: 'speeches' },
  { lemma: 'address', kind: 'speech', plural: 'addresses' },
  { lemma: 'testimony', kind: 'speech', plural: 'testimonies' },
  { lemma: 'announcement', kind: 'speech' },
  { lemma: 'declaration', kind: 'speech' },
  { lemma: 'response', kind: 'speech' },
  { lemma: 'reply', kind: 'speech', plural: 'replies' },
  { lemma: 'retort', kind: 'speech' },
  { lemma: 'quip', kind: 'speech' },
  { lemma: 'aside', kind: 'speech' },
  { lemma: 'description', kind: 'speech' },
  { lemma: 'characterization', kind: 'speech' },
  { lemma: 'suggestion', kind: 'speech' },
  { lemma: 'criticism', kind: 'speech' },
  { lemma: 'accusation', kind: 'speech' },
  { lemma: 'complaint', kind: 'speech' },
  { lemma: 'plea', kind: 'speech' },
  { lemma: 'appeal', kind: 'speech' },
  { lemma: 'demand', kind: 'speech' },
  { lemma: 'assessment', kind: 'speech' },
  { lemma: 'verdict', kind: 'speech' },
  { lemma: 'view', kind: 'thought' },
  { lemma: 'belief', kind: 'thought' },
];

/**
 * Where or how words were said, read after a cue verb into its `cue` text
 * (`said in a statement`, `wrote on Twitter`, `told a news conference`).
 */
export const CUE_MEDIA: readonly string[] = [
  'statement', 'interview', 'email', 'e-mail', 'post', 'video', 'message', 'letter', 'speech', 'address', 'tweet',
  'broadcast', 'briefing', 'conference', 'podcast', 'op-ed', 'memo', 'radio', 'television', 'TV', 'Twitter',
  'Facebook', 'Instagram', 'social media', 'blog', 'call', 'telephone', 'phone', 'translator', 'interpreter',
  'spokesman', 'spokeswoman', 'spokesperson', 'release', 'rally', 'hearing', 'debate', 'remarks', 'tweets', 'posts',
];

/** Prepositions that attach a medium to a cue (`in a statement`, `on Twitter`, `through a translator`). */
export const CUE_MEDIUM_PREPOSITIONS: readonly string[] = ['in', 'on', 'during', 'at', 'through', 'via', 'over', 'to'];

/** Addressees read into a `told` cue (`told reporters`, `told a news conference`). */
export const CUE_ADDRESSEES: readonly string[] = [
  'reporters', 'journalists', 'the press', 'the media', 'parliament', 'Parliament', 'MPs', 'lawmakers', 'legislators',
  'delegates', 'supporters', 'the crowd', 'a crowd', 'an audience', 'the audience', 'the court', 'the jury', 'the committee',
];

/** Words between an auxiliary and a verb, or a subject and its verb, that leave the cue's subject unchanged. */
export const ADVERBS_BEFORE_CUE: readonly string[] = [
  'also', 'later', 'then', 'meanwhile', 'again', 'previously', 'earlier', 'once', 'repeatedly', 'reportedly',
  'simply', 'further', 'finally', 'recently', 'separately', 'flatly', 'publicly', 'privately', 'bluntly', 'clearly',
  'firmly', 'angrily', 'quickly', 'immediately', 'initially', 'however', 'too', 'only', 'subsequently', 'yesterday',
  'today', 'tonight', 'now', 'still', 'even', 'long', 'herself', 'himself', 'themselves', 'itself', 'emphatically',
  'openly', 'strongly', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'would', 'will', 'had', 'never', 'often',
  'always', 'just', 'already', 'first', 'last', 'once', 'twice', 'frequently', 'sometimes', 'also', 'both', 'all',
  'each', 'personally', 'himself', 'herself', 'directly', 'famously', 'memorably', 'pointedly', 'curtly', 'tersely',
];

/** Auxiliaries before a base form that make it a verb (`will say`, `did not tell`, `to warn`). */
export const AUXILIARIES_BEFORE_BASE: readonly string[] = [
  'will', 'would', 'could', 'should', 'might', 'may', 'must', 'to', 'not', 'did', 'does', 'do', 'shall', 'can',
  'also', "didn't", "don't", "doesn't", "won't", "wouldn't", 'never', 'cannot', "can't", 'often', 'always', 'i', 'we',
  'you', 'they', 'who', 'that', 'which',
];

/** Passive auxiliaries: `X was told` makes X the addressee, not the speaker. */
export const PASSIVE_AUXILIARIES: readonly string[] = ['was', 'were', 'been', 'being', 'be', 'is', 'are', 'get', 'got'];
