/**
 * Find every quotation in one article and attribute it to a speaker.
 *
 * 1. Pair quotation marks by kind (double: straight or curly; guillemets), one paragraph at a time;
 *    a straight `"` gets its direction from its neighbours. Newspaper conventions: a quote left open
 *    at a paragraph break continues when the next paragraph opens with a mark; a second opening
 *    before any close (paragraphs merged by a crawler) ends the first quote. An unmatched mark loses
 *    only its own span.
 * 2. Tell quotations from quoted terms (`the "two-plus-two" meeting`, titles, nicknames): a short
 *    span counts only when a speaker says it.
 * 3. Attribute: reporting cues before or after the quote, their subjects (names, pronouns, titles,
 *    unnamed sources), then pieces of one quotation, floating quotes after an attributed one.
 *
 * Per article and pure (no I/O, no clock): the result is structured-cloneable for worker threads.
 */
import { findPeople } from './lib/people.js';
import { countryOf, countryFromDemonym, isTitleHead, isTitleWord } from './lib/gazetteer.js';
import { splitSentences } from './lib/sentences.js';
import type { CleanArticle, Message, PersonMention, QuoteMention, Sentence } from './types.js';

export interface QuoteExtraction {
  quotes: QuoteMention[];
  /** Every person named in the article (used by actor resolution and event extraction). */
  people: PersonMention[];
  /**
   * Every span inside paired quotation marks, `[open mark, after the closing mark)`: quotations and
   * quoted terms alike, so later stages know what is someone's words or a title rather than narration.
   */
  quoted: [number, number][];
  messages: Message[];
}

const RULE = 'extract-quotes';

/** A quoted span: `text.slice(start, end)` are the words inside the marks. */
interface Span {
  /** Index of the opening mark. */
  open: number;
  start: number;
  end: number;
  /** Index just after the closing mark, or `end` when the span stops at a paragraph break or a reopening. */
  after: number;
  /** Pieces of one quotation running over paragraphs (or reopened) share this number. */
  chain: number;
}

interface Cue {
  start: number;
  end: number;
  text: string;
  kind: 'verb' | 'participle' | 'according';
}

/** A quote row while the article is processed: the construction and piece chain ride along. */
type Row = QuoteMention & { chain: number; sentence: number; form: string };

type SpeakerRef =
  | { kind: 'person'; mention: PersonMention }
  | { kind: 'pronoun'; word: string; pos: number }
  | { kind: 'title'; phrase: string; pos: number }
  | { kind: 'unnamed'; phrase: string; pos?: number }
  | { kind: 'main' };

interface Attribution {
  speaker: string | null;
  mention: string | null;
  cue: Cue | null;
  rule: string;
  /** The construction (`cue-before-comma`...), kept when `rule` says how the speaker was resolved (`pronoun`). */
  form: string;
  /** Where the evidence must reach to include the cue and speaker. */
  from: number;
  to: number;
}

// Reporting cues. Finite verbs, participles (`saying`), `according to`. Objects that belong to the
// cue (`told reporters`, `said in a statement`, `said through a translator`) are part of it.
const CUE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\-])(?:` +
    String.raw`(?:said|says|say|tell|add|warn|argue|insist|claim|stress|urge|ask|declare|announce|explain|admit|deny|predict|promise|vow|pledge|suggest|reply|respond|write)(?: (?:in an? (?:[\w-]+ ){0,2}(?:statement|interview|email|post|video|message|letter|speech|address|tweet|broadcast|briefing|conference)|on (?:Twitter|Facebook|Instagram|television|TV|radio|social media)|through (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:translator|interpreter)|via (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:translator|interpreter)))?` +
    String.raw`|told(?: (?:reporters|journalists|the press|the media|parliament|Parliament|MPs|lawmakers|legislators|delegates|supporters|a (?:news |press )?(?:conference|briefing)|the (?:BBC|\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2})(?:'s (?:[\w-]+ ){0,2}programme)?|\p{Lu}[\p{L}]+'s (?:[\w-]+ ){0,2}programme))?` +
    String.raw`|tells|added|adds|went on|goes on|continued|warned|warns|argued|argues|stressed|stresses|insisted|insists|explained|explains|noted|notes|asked|replied|replies|responded|claimed|claims|declared|declares|announced|announces|wrote|writes|tweeted|posted|urged|urges|acknowledged|admitted|admits|conceded|confirmed|commented|comments|observed|observes|predicted|predicts|promised|promises|vowed|vows|pledged|recalled|recalls|remarked|remarks|reiterated|repeated|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|suggested|suggests|cautioned|complained|maintained|contended|countered|retorted|quipped|joked|revealed|concluded|stated|assured|boasted|lamented|hailed|praised|critici[sz]ed|condemned|accused|denied|demanded|branded|labell?ed|described|dismissed|called(?! (?:on|for|off|up|in|back)\b)` +
    String.raw`|expressed (?:(?:deep |grave |serious |strong )?(?:concerns?|hope|regret|confidence|doubts?|frustration|optimism|disappointment|support|anger|alarm|surprise|skepticism|scepticism|satisfaction|gratitude|sympathy|condolences))(?: (?:that|over|about|at))?` +
    String.raw`|raised concerns?(?: (?:that|about|over))?` +
    String.raw`|[Aa]ccording to` +
    String.raw`|saying|adding|telling|warning|noting|arguing|insisting|stressing|explaining|claiming|declaring|writing|asking|urging|describing|calling(?! (?:on|for)\b)|calling|insisting` +
    String.raw`)(?![\p{L}\-])`,
  'gu',
);

const BASE_FORMS = new Set('say tell add warn argue insist claim stress urge ask declare announce explain admit deny predict promise vow pledge suggest reply respond write'.split(' '));
const MODAL_BEFORE = /\b(?:will|would|could|should|might|may|must|to|not|did|does|do|shall|can|also)\s$/;
/** Cue verbs that can only introduce a characterisation, not a whole quotation. */
const PARTICIPLE = /ing$|^telling /;

const PERSON_PRONOUN = /(?:^|[^\p{L}])(he|she|He|She)$/u;
const OTHER_PRONOUN = /(?:^|[^\p{L}])(they|They|we|We|it|It|I)$/u;
// Adverbs and auxiliaries between a subject and its verb (`Onodera also said`, `he has repeatedly said`).
const TRAILING_ADVERB =
  /\s+(?:also|later|then|meanwhile|again|previously|earlier|once|has|had|have|was|is|would|will|had|repeatedly|reportedly|simply|further|finally|recently|separately|flatly|publicly|privately|bluntly|clearly|firmly|angrily|quickly|immediately|initially|however|too|only|subsequently|yesterday|today|tonight|however|now|still|even|long|herself|himself|themselves|emphatically|openly|strongly|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/u;
// Letters after a name (`Guy Mansfield QC`, `Tom McCabe MSP`).
const TRAILING_POST_NOMINAL = /,?\s+(?:QC|KC|MP|MEP|MSP|AM|MLA|Jr\.?|Sr\.?|II|III|OBE|MBE|CBE|KBE|PhD)$/u;
/** Words that may stand inside a role phrase before its head (`a senior government official`). */
const ROLE_MODIFIERS = new Set(
  (
    'official senior former close top leading other government ministry police military opposition party local ' +
    'state federal regional foreign defence defense deputy shadow chief cabinet press white house home office ' +
    'department interior finance trade health education justice security intelligence presidential royal palace ' +
    'unnamed anonymous independent veteran outgoing incoming then acting interim new'
  ).split(' '),
);
/** Words that make a different office of the same head (`deputy prime minister`). */
const RANK_WORDS = new Set(['deputy', 'vice', 'shadow', 'assistant', 'junior', 'former', 'acting', 'interim', 'under', 'associate', 'ex']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'his', 'her', 'their', 'its', 'our', 'another', 'other']);
// `a spokesman for X`, `an aide to X`, `sources close to X`: the speaker is not X.
const ON_BEHALF_OF = /(?:spokes(?:man|woman|person|people|men)|aides?|officials?|sources?|lawyers?|solicitors?|representatives?|friends?|allies|ally|advis[eo]rs?|colleagues?|supporters?|associates?|staff|office|camp|team|party|government|ministry|department)\s+(?:for|to|of|close to|at|from|in)\s+(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+){0,4}$/u;
const SOURCE_FOR = /\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|officials?|sources?|representatives?|aides?)\s+(?:for|of|at|from|with)\s+$/i;
const SOURCE_FOR_START = /^(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|officials?|sources?|representatives?|aides?)\s+(?:for|of|at|from|with)\s/i;
/** Words that name unnamed sources: officials, sources, a spokesman, the ministry. */
const UNNAMED_HEADS = new Set(
  (
    'official officials source sources spokesman spokeswoman spokesperson spokespeople spokesmen ministry government ' +
    'police analyst analysts expert experts diplomat diplomats aide aides statement report agency department office ' +
    'authorities authority residents resident witness witnesses critics critic observers people campaigners activists ' +
    'organisers organizers lawyer lawyers prosecutors prosecutor investigators researchers scientists economists ' +
    'officers party company firm group union council committee commission spokespersons insiders members member ' +
    'leaders protesters protestors opponents supporters voters survey poll study document documents newspaper ' +
    'paper broadcaster network ministers lawmakers legislators MPs residents doctors doctor teachers students ' +
    'workers employees staff executives military army navy embassy kremlin palace house administration cabinet ' +
    'court judge judges jury board regulator regulators bank banks fund watchdog team club charity'
  ).split(' '),
);
/** Role heads that point at a person the article has named (`the minister`, `the president`). */
const PERSONAL_ROLE_HEADS = new Set(
  (
    'minister president secretary chancellor premier leader chief chairman chairwoman governor mayor senator ' +
    'ambassador envoy king queen pope prince emperor director commissioner spokesman spokeswoman general admiral ' +
    'commander prosecutor judge lawmaker congressman congresswoman mp counterpart diplomat official head'
  ).split(' '),
);
const QUOTE_TERM_BEFORE = /(?:so-called|dubbed|known as|nicknamed|termed|titled|entitled|headlined|branded as|the (?:word|words|term|phrase|slogan|hashtag|motto|headline|label|name|title)|called|named|under the banner)\s*$/iu;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that|these|those|\p{Lu}[\p{L}.]*['’]s)\s+$/iu;
/** Function words that may follow a quoted fragment without making it a modifier (`is "unacceptable" given`). */
const FUNCTION_WORDS = new Set(
  (
    'and or but nor so yet as than that which who whom whose when where while if because since although though ' +
    'unless until after before by to in on at for with from of over under about into onto upon against between ' +
    'among through during despite given including like without within toward towards amid across along around ' +
    'is are was were be been being has have had do does did will would can could should shall may might must ' +
    'not also then too instead rather even only just he she it they we i you his her its their our this these ' +
    'those there here said says told added warned according saying adding the a an per via whether once'
  ).split(' '),
);
const INTRO_WORD =
  /^(?:In|At|After|During|Speaking|Following|Asked|On|While|When|Before|Since|Despite|Earlier|Later|Meanwhile|However|Also|Addressing|Referring|Under|With|For|Amid|Upon|Prior|Ahead|Separately|Elsewhere|Last|This|Responding|Writing|Commenting|Asked|Interviewed|Like|Unlike|As|Given|Although|Though|If|Once|Then|Now|Still|Yet|Even|Over|Through|From|By|To|Outside|Inside|Back|Standing|Sitting|Turning|Launching|Opening|Closing|Appearing|Visiting|Asked)\b/u;
const LEADING_CONJUNCTION = /^(?:But|And|So|Yet|Or|Meanwhile|However|Still|Instead|Now|Then|Also)\b,?\s+/u;

/**
 * Find the quotations in one cleaned article and attribute them.
 * @param article the cleaned article
 * @param sentences (optional) `splitSentences(article.text)`, when the caller already has it
 * @returns the quotation pieces in text order, the people the article names, and coded messages
 */
export function extractQuotes(article: CleanArticle, sentences: Sentence[] = splitSentences(article.text)): QuoteExtraction {
  const ctx = new ArticleContext(article, sentences);
  return ctx.run();
}

class ArticleContext {
  readonly text: string;
  readonly id: string;
  readonly sentences: Sentence[];
  readonly people: PersonMention[];
  readonly messages: Message[] = [];
  spans: Span[] = [];
  cues: Cue[] = [];
  /** Person mention by its end offset, for "does this clause end with a name". */
  readonly mentionByEnd = new Map<number, PersonMention>();
  readonly mentionByStart = new Map<number, PersonMention>();
  /** fullName → honorific gender seen in the article. */
  readonly gender = new Map<string, 'm' | 'f'>();
  /** fullName → every title and country the article gives that person. */
  readonly roles = new Map<string, { titles: string[]; countries: string[] }>();
  /** Attributed person speakers by sentence index, in order. */
  readonly speakerBySentence = new Map<number, string>();

  constructor(article: CleanArticle, sentences: Sentence[]) {
    this.text = article.text;
    this.id = article.articleId;
    this.sentences = sentences;
    this.people = findPeople(article.articleId, article.text, sentences);
    for (const p of this.people) {
      this.mentionByEnd.set(p.end, p);
      this.mentionByStart.set(p.start, p);
      const before = this.text.slice(Math.max(0, p.start - 6), p.start);
      const hon = /(?:^|\s)(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$/.exec(before)?.[1];
      if (hon) this.gender.set(p.fullName, hon === 'Mr' || hon === 'Sir' || hon === 'Lord' ? 'm' : 'f');
      let role = this.roles.get(p.fullName);
      if (!role) this.roles.set(p.fullName, (role = { titles: [], countries: [] }));
      if (p.title) role.titles.push(p.title.toLowerCase());
      if (p.country) role.countries.push(p.country);
    }
  }

  run(): QuoteExtraction {
    this.spans = this.findSpans();
    this.cues = this.findCues();
    const quotes = this.attributeAll();
    return { quotes, people: this.people, quoted: this.spans.map((sp) => [sp.open, sp.after]), messages: this.messages };
  }

  // ---------------------------------------------------------------- quotation marks

  private findSpans(): Span[] {
    const text = this.text;
    const spans: Span[] = [];
    const paragraphs: [number, number][] = [];
    const breaks = /\n+/g;
    let from = 0;
    for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
      const to = m ? m.index : text.length;
      if (to > from) paragraphs.push([from, to]);
      if (!m) break;
      from = m.index + m[0].length;
    }
    let chain = 0;
    // A quote left open at the end of the previous paragraph, continuing into this one.
    let carried: { chain: number } | null = null;
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const [pStart, pEnd] = paragraphs[pi]!;
      let open: { pos: number; kind: 'd' | 'g' | 's'; chain: number } | null = null;
      for (let i = pStart; i < pEnd; i++) {
        const c = text.charCodeAt(i);
        let kind: 'd' | 'g' | 's';
        let dir: 'open' | 'close';
        if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f) {
          kind = 'd';
          dir = this.direction(i, pStart, pEnd, open !== null && open.kind === 'd');
        } else if (c === 0xab || c === 0xbb) {
          kind = 'g';
          dir = c === 0xab ? 'open' : 'close';
        } else if (c === 0x2018 || c === 0x2019) {
          // Curly single marks quote at the top level in some house styles (‘We will,’ she said).
          // `’` is far more often an apostrophe: it closes only an open ‘ and only before a space
          // or punctuation; a lone ‘ or ’ is dropped without a message.
          if (open && open.kind !== 's') continue;
          const prev = i > pStart ? text.charAt(i - 1) : '';
          const next = i + 1 < pEnd ? text.charAt(i + 1) : '';
          if (c === 0x2018 && !open && (prev === '' || /[\s(\[—–-]/.test(prev)) && /\S/.test(next)) {
            kind = 's';
            dir = 'open';
          } else if (
            c === 0x2019 && open && (next === '' || /[\s.,;:!?)\]—–-]/.test(next)) && /\S/.test(prev) &&
            // `the ministers’ plan`: a plural possessive, not a closing mark.
            !(prev === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)))
          ) {
            kind = 's';
            dir = 'close';
          } else continue;
        } else continue;
        if (open && open.kind !== kind) continue; // a mark of another kind inside a quotation is nested
        if (dir === 'open') {
          if (open) {
            // A second opening before any close: paragraphs merged by a crawler.
            const end = trimEndIndex(text, open.pos + 1, i);
            if (end > open.pos + 1) spans.push({ open: open.pos, start: open.pos + 1, end, after: end, chain: open.chain });
            this.message('reopened', 'info', 'Quotation reopened before it was closed; the first quote ends before the new opening mark.', open.pos, i, text.slice(open.pos, Math.min(i + 1, open.pos + 60)));
            open = { pos: i, kind, chain: open.chain };
          } else {
            const continuing: number = carried && i === pStart ? carried.chain : ++chain;
            open = { pos: i, kind, chain: continuing };
          }
          carried = null;
        } else if (open) {
          // The words inside the marks, without stray spaces (`community. "`).
          let start = open.pos + 1;
          while (start < i && /\s/.test(text.charAt(start))) start++;
          const end = trimEndIndex(text, start, i);
          if (end > start) spans.push({ open: open.pos, start, end, after: i + 1, chain: open.chain });
          open = null;
        } else {
          this.message('unmatched-mark', 'warning', 'Unexpected closing quotation mark without an opening one; the mark is ignored.', i, i + 1, text.slice(Math.max(pStart, i - 30), Math.min(pEnd, i + 10)));
        }
      }
      carried = null;
      if (open && open.kind === 's') open = null; // an unclosed ‘ is most likely no quotation at all
      if (open) {
        const next = paragraphs[pi + 1];
        const nextOpens = next !== undefined && /^["“„«]/.test(text.charAt(next[0]));
        if (nextOpens) {
          // The newspaper convention: the quotation runs on into the next paragraph.
          const end = trimEndIndex(text, open.pos + 1, pEnd);
          if (end > open.pos + 1) spans.push({ open: open.pos, start: open.pos + 1, end, after: end, chain: open.chain });
          carried = { chain: open.chain };
        } else {
          this.message('unmatched-mark', 'warning', 'Unexpected opening quotation mark without a closing one before the paragraph ends; the mark is ignored.', open.pos, open.pos + 1, text.slice(open.pos, Math.min(pEnd, open.pos + 40)));
        }
      }
    }
    return spans;
  }

  /** Direction of a double mark: curly marks carry it; a straight one is read from its neighbours. */
  private direction(i: number, pStart: number, pEnd: number, isOpen: boolean): 'open' | 'close' {
    const c = this.text.charCodeAt(i);
    const prev = i > pStart ? this.text.charAt(i - 1) : '';
    const next = i + 1 < pEnd ? this.text.charAt(i + 1) : '';
    const openContext = prev === '' || /[\s(\[{—–\-\/]/.test(prev);
    const closeContext = next === '' || /[\s.,;:!?)\]}—–\-\/…]/.test(next);
    if (c === 0x201c || c === 0x201e) return openContext || !isOpen ? 'open' : 'close';
    if (c === 0x201d) return closeContext || isOpen ? 'close' : 'open';
    if (openContext && !closeContext) return 'open';
    if (closeContext && !openContext) return 'close';
    return isOpen ? 'close' : 'open';
  }

  // ---------------------------------------------------------------- cues

  private findCues(): Cue[] {
    const cues: Cue[] = [];
    const spans = this.spans;
    let si = 0;
    CUE_PATTERN.lastIndex = 0;
    for (let m = CUE_PATTERN.exec(this.text); m; m = CUE_PATTERN.exec(this.text)) {
      const start = m.index;
      while (si < spans.length && spans[si]!.end <= start) si++;
      const span = spans[si];
      if (span && span.start <= start && start < span.end) continue; // words inside a quotation are no cue
      const word = m[0];
      // A base form is a verb only after a modal or `to` (`he will say`, not `Japan's claim`).
      if (BASE_FORMS.has(word.split(' ')[0]!) && !MODAL_BEFORE.test(this.text.slice(Math.max(0, start - 8), start))) continue;
      const kind = /^[Aa]ccording/.test(word) ? 'according' : PARTICIPLE.test(word.split(' ')[0]!) ? 'participle' : 'verb';
      cues.push({ start, end: start + word.length, text: word, kind });
    }
    return cues;
  }

  // ---------------------------------------------------------------- attribution

  private attributeAll(): QuoteMention[] {
    const out: Row[] = [];
    const spans = this.spans;
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      const sOpen = this.sentenceIndexAt(span.open);
      const sClose = this.sentenceIndexAt(Math.max(span.open, span.after - 1));
      const sentStart = this.sentences[sOpen]?.start ?? span.open;
      const sentEnd = this.sentences[sClose]?.end ?? span.after;
      const quoteText = this.text.slice(span.start, span.end);
      const words = countWords(quoteText);
      if (words === 0) continue;
      const isContinuation = k > 0 && spans[k - 1]!.chain === span.chain;
      if (!isContinuation && this.isQuotedTerm(span, quoteText, words)) continue;

      let attr = this.attributeInSentence(span, sentStart, sentEnd);
      const short = words < 5;
      if (short && !isContinuation && (!attr || !attr.cue)) {
        // A short span counts only when a speaker says it.
        continue;
      }
      const prefix = this.text.slice(sentStart, span.open).trim();
      const partial = this.isPartial(prefix, attr, isContinuation, span);
      if (!attr) {
        attr = this.attributeFromContext(span, sOpen, partial, out);
        // A fragment inside a sentence that nobody is said to say is a quoted term, not a quotation.
        if (partial && !attr.cue && !attr.speaker && words < 8 && !isContinuation) continue;
      }
      const from = Math.min(sentStart, attr.from);
      const to = Math.max(sentEnd, attr.to);
      const row = {
        articleId: this.id,
        text: quoteText,
        quoteStart: span.start,
        quoteEnd: span.end,
        sentenceStart: from,
        sentenceEnd: to,
        speaker: attr.speaker,
        speakerMention: attr.mention,
        cue: attr.cue?.text ?? null,
        partial,
        rule: `${RULE}/${attr.rule}`,
        groupKey: null as string | null,
        form: attr.form,
        chain: span.chain,
        sentence: sOpen,
      };
      out.push(row);
      if (attr.speaker) this.speakerBySentence.set(sClose, attr.speaker);
    }
    this.groupPieces(out);
    for (const q of out) {
      if (!q.speaker && !q.speakerMention) {
        this.message('unattributed', 'info', 'Quotation without a speaker: no reporting cue or speaker found nearby.', q.quoteStart, q.quoteEnd, q.text.slice(0, 60));
      }
    }
    return out.map(({ chain: _chain, sentence: _sentence, form: _form, ...q }) => q);
  }

  /** Pieces of one quotation share a group key and, where one piece names the speaker, the speaker. */
  private groupPieces(rows: Row[]): void {
    // Pieces chained over paragraphs or reopenings; a sentence split by its attribution
    // (`"A," he said, "b."`): the second piece's cue is the first piece's cue.
    const groupOf: number[] = rows.map((_, i) => i);
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!;
      const b = rows[i]!;
      const chained = a.chain === b.chain;
      const between = this.text.slice(a.quoteEnd + 1, b.quoteStart - 1);
      const split = a.sentence === b.sentence && a.cue !== null && b.cue === a.cue && /^[,\s]*[^.!?"“”]{1,80},\s*$/u.test(between) && b.form === 'cue-before-comma';
      if (chained || split) groupOf[i] = groupOf[i - 1]!;
    }
    const members = new Map<number, number[]>();
    groupOf.forEach((g, i) => {
      const list = members.get(g);
      if (list) list.push(i);
      else members.set(g, [i]);
    });
    const ownAttribution = (r: QuoteMention) => r.cue !== null;
    for (const [, list] of members) {
      if (list.length < 2) continue;
      const pieces = list.map((i) => rows[i]!);
      const key = `${this.id}:${pieces[0]!.quoteStart}`;
      // The speaker of the quotation: the first piece with its own cue, else a floating attribution.
      const anchor = pieces.find(ownAttribution) ?? pieces.find((r) => r.speaker !== null);
      for (const r of pieces) {
        r.groupKey = key;
        if (!anchor || r === anchor || ownAttribution(r)) continue;
        r.speaker = anchor.speaker;
        r.speakerMention = anchor.speakerMention;
        r.rule = anchor.cue ? `${RULE}/continuation` : anchor.rule;
      }
    }
  }

  /** A quoted term rather than a quotation: a nickname, a title, a phrase used as a modifier. */
  private isQuotedTerm(span: Span, quoteText: string, words: number): boolean {
    const before = this.text.slice(Math.max(0, span.open - 40), span.open);
    if (QUOTE_TERM_BEFORE.test(before)) return true;
    const closedHere = span.after > span.end;
    if (words >= 2 && words <= 10 && isTitleCase(quoteText) && !/[.!?,]$/.test(quoteText)) return true;
    if (words <= 4 && closedHere && DETERMINER_BEFORE.test(before)) {
      const nextWord = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(this.text.slice(span.after, span.after + 30))?.[1];
      if (nextWord && !FUNCTION_WORDS.has(nextWord)) return true;
    }
    return false;
  }

  /** A fragment inside reported speech, rather than a whole quoted sentence. */
  private isPartial(prefix: string, attr: Attribution | null, isContinuation: boolean, span: Span): boolean {
    if (isContinuation) return false;
    if (prefix === '' || /[:]$/.test(prefix)) return false;
    // The sentence is made of quotations and their attribution only (`"A," he said, "b."`).
    if (attr && /^(?:cue-before-(?:comma|colon)|according-to)$/.test(attr.form) && /[,:]$/.test(prefix)) return false;
    if (/["”»]\s*$/.test(prefix) || /[.!?]["”»]?\s*$/.test(prefix)) return false;
    if (attr?.cue && attr.cue.end <= span.open && /^\s*$/.test(this.text.slice(attr.cue.end, span.open)) && /^\p{Lu}/u.test(this.text.charAt(span.start))) return false;
    return true;
  }

  /** Attribute a quote from cues in its own sentence(s). */
  private attributeInSentence(span: Span, sentStart: number, sentEnd: number): Attribution | null {
    const cues = this.cuesBetween(sentStart, sentEnd);
    if (!cues.length) return null;
    const before = cues.filter((c) => c.end <= span.open);
    const after = cues.filter((c) => c.start >= span.after);
    const lastBefore = before[before.length - 1];
    // 1. `X said: "..."` / `X said, "..."` / `X said "..."`.
    if (lastBefore && lastBefore.kind !== 'according') {
      const gap = this.text.slice(lastBefore.end, span.open);
      // `X said of the award: "..."`: a short complement before the colon still introduces the quote.
      if ((/^\s*[:,]?\s*$/.test(gap) || /^[^.!?"“”:]{1,80}:\s*$/u.test(gap)) && !this.quoteBetween(lastBefore.end, span.open)) {
        const rule = gap.includes(':') ? 'cue-before-colon' : 'cue-before-comma';
        const a = this.fromCueBefore(lastBefore, this.clauseStart(sentStart, lastBefore.start), rule, true);
        if (a) return a;
      }
    }
    // `According to X, "..."`.
    for (const c of before) {
      if (c.kind !== 'according') continue;
      const a = this.fromAccordingTo(c, span.open);
      if (a) return a;
    }
    // 2. `"...," X said` / `"...," said X` right after the quotation; `..., according to X`.
    let lateAfter: Attribution | null = null;
    // `"... community." A spokesman said ...`: a full stop inside the marks and a capital after them
    // start a new sentence, whose cue is not this quotation's.
    const endsSentence = /\.$/.test(this.text.slice(span.start, span.end)) && /^\s+\p{Lu}/u.test(this.text.slice(span.after, span.after + 3));
    for (const cue of endsSentence ? [] : after.filter((c) => c.kind !== 'participle').slice(0, 3)) {
      if (this.quoteBetween(span.after, cue.start)) break;
      const gap = this.text.slice(span.after, cue.start);
      if (cue.kind === 'according') {
        const a = this.fromAccordingTo(cue, sentEnd);
        if (a) return a;
        continue;
      }
      if (/^[\s,;—–-]*$/.test(gap)) {
        const a = this.fromInverted(cue, sentEnd);
        if (a) return a;
      }
      if (gap.length > 140) break;
      const ref = this.subjectBefore(span.after, cue.start, true);
      if (ref && ref.kind !== 'main') {
        const a = this.resolve(ref, cue, 'cue-after', span.after, cue.end);
        // Right after the quotation (`"...," Lavrov said`) this is the attribution; later in the
        // sentence (`is "unacceptable" given ..., Kono said`) a cue before the quote comes first.
        if (/^[\s,;—–-]*$/.test(this.text.slice(span.after, this.subjectStart(ref) ?? span.after))) return a;
        lateAfter = a;
        break;
      }
    }
    // 3. Reported speech: `X said (that) ... "..."`, `X ..., saying ... "..."`.
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i]!;
      if (c.kind === 'according') continue;
      const bound = this.clauseStart(sentStart, c.start);
      const rule = c.kind === 'participle' ? 'participle' : 'reported-speech';
      const a = this.fromCueBefore(c, bound, rule);
      if (a) return a;
    }
    return lateAfter;
  }

  /** Where a speaker reference starts in the text, when it has a position. */
  private subjectStart(ref: SpeakerRef): number | null {
    if (ref.kind === 'person') return ref.mention.start;
    if (ref.kind === 'pronoun' || ref.kind === 'title') return ref.pos;
    if (ref.kind === 'unnamed') return ref.pos ?? null;
    return null;
    return null;
  }

  /** Attribute through the cue's subject (or, for a participle or coordinated verb, the main clause's). */
  private fromCueBefore(cue: Cue, bound: number, rule: string, direct = false): Attribution | null {
    const sentStart = this.sentences[this.sentenceIndexAt(cue.start)]?.start ?? bound;
    let ref: SpeakerRef | null = cue.kind === 'participle' ? this.participleSubject(cue, sentStart) : this.subjectBefore(bound, cue.start, false, direct);
    // A coordinated verb or participle takes the main clause's subject; so may a direct introduction.
    if (ref?.kind === 'main' || (!ref && (cue.kind === 'participle' || direct))) ref = this.mainSubject(sentStart, cue.start);
    if (!ref || ref.kind === 'main') return null;
    return this.resolve(ref, cue, rule, sentStart, cue.end);
  }

  /**
   * The subject of a participle (`saying`): that of the reporting verb it hangs on when there is one
   * (`X has failed, he claimed, saying ...` → he), else the main clause's (`{kind: 'main'}`).
   */
  private participleSubject(cue: Cue, sentStart: number): SpeakerRef {
    const earlier = this.cuesBetween(sentStart, cue.start).filter((c) => c.kind === 'verb');
    const verb = earlier[earlier.length - 1];
    if (verb && /^\s*,?\s*$/.test(this.text.slice(verb.end, cue.start).replace(/^[^,]*/, ''))) {
      const ref = this.subjectBefore(this.clauseStart(sentStart, verb.start), verb.start, false);
      if (ref && ref.kind !== 'main') return ref;
    }
    return { kind: 'main' };
  }

  private fromAccordingTo(cue: Cue, limit: number): Attribution | null {
    const after = this.text.slice(cue.end, Math.min(limit, cue.end + 120));
    const lead = /^\s+/.exec(after)?.[0].length ?? 0;
    const pos = cue.end + lead;
    const mention = this.mentionAfterTitles(pos, limit);
    if (mention) return this.resolve({ kind: 'person', mention }, cue, 'according-to', cue.start, mention.end);
    const np = /^([^,.;:"“”]{2,80}?)(?=[,.;:]|\s+["“])/u.exec(after.slice(lead))?.[1]?.trim();
    if (!np) return null;
    return this.resolve(this.roleRef(np, pos), cue, 'according-to', cue.start, pos + np.length);
  }

  /** `"...," said X` / `said the minister` / `said a spokesman`. */
  private fromInverted(cue: Cue, limit: number): Attribution | null {
    const lead = /^\s+/.exec(this.text.slice(cue.end, cue.end + 5))?.[0].length ?? 0;
    const pos = cue.end + lead;
    if (lead === 0) return null;
    const mention = this.mentionAfterTitles(pos, limit);
    if (mention) return this.resolve({ kind: 'person', mention }, cue, 'cue-after-inverted', cue.start, mention.end);
    const rest = this.text.slice(pos, Math.min(limit, pos + 100));
    const pron = /^(he|she)\b/.exec(rest);
    if (pron) return this.resolve({ kind: 'pronoun', word: pron[1]!, pos }, cue, 'cue-after-inverted', cue.start, pos + pron[1]!.length);
    const np = /^((?:the|a|an|one|two|several|some|senior|\p{Lu}[\p{L}.]*['’]s)\s+[^,.;:"“”]{2,60}?)(?=[,.;:]|$|\s+(?:who|which|that|in|at|on|after|before|during|when|while)\b)/u.exec(rest)?.[1];
    if (np) return this.resolve(this.roleRef(np, pos), cue, 'cue-after-inverted', cue.start, pos + np.length);
    return null;
  }

  /** A person mention starting at `pos`, possibly after title words (`Foreign Minister Taro Kono`). */
  private mentionAfterTitles(pos: number, limit: number): PersonMention | null {
    const window = this.text.slice(pos, Math.min(limit, pos + 90));
    const re = /(?:(?:the|\p{Lu}[\p{L}.'’-]*|[a-z]+)\s+)/uy;
    let offset = 0;
    for (let guard = 0; guard < 8; guard++) {
      const m = this.mentionByStart.get(pos + offset);
      if (m) return m;
      re.lastIndex = offset;
      const w = re.exec(window);
      if (!w) return null;
      const word = w[0].trim();
      // Only title-like words may stand before the name.
      if (/[,;:.!?]$/.test(word)) return null;
      offset = re.lastIndex;
    }
    return null;
  }

  /**
   * The subject of a verb starting at `end`: a name, pronoun, role or unnamed source ending the
   * clause `[bound, end)`, skipping adverbs and comma-enclosed asides (`Kono, apparently with the
   * issue in mind, stressed`; `X, the Y of Z, said`). `{kind: 'main'}` for a coordinated verb
   * (`X said ... and said`). `afterQuote`: the clause follows a quotation (`"...," X said`), so it
   * must consist of the subject alone.
   */
  private subjectBefore(bound: number, end: number, afterQuote: boolean, direct = false): SpeakerRef | null {
    let e = end;
    if (afterQuote) {
      // `"...," X, founder of the group Y said`: the name right after the quotation, then an aside.
      const gap = this.text.slice(bound, end);
      const lead = /^[\s,;—–-]*/.exec(gap)![0].length;
      const named = this.mentionByStart.get(bound + lead) ?? this.mentionAfterTitles(bound + lead, end);
      if (named && /^,[^.!?;"“”]{0,140}$/u.test(this.text.slice(named.end, end).trimEnd())) return { kind: 'person', mention: named };
    }
    for (let pass = 0; pass < 3; pass++) {
      // Trim spaces and adverbs.
      let pre = this.text.slice(bound, e).trimEnd();
      for (;;) {
        const m = TRAILING_ADVERB.exec(pre) ?? TRAILING_POST_NOMINAL.exec(pre);
        if (!m) break;
        pre = pre.slice(0, m.index).trimEnd();
      }
      const preEnd = bound + pre.length;
      if (!pre) return null;
      const mention = this.mentionByEnd.get(preEnd);
      if (mention && mention.start >= bound) {
        // `a spokesman for X said`: an unnamed source speaking for X.
        if (ON_BEHALF_OF.test(this.text.slice(Math.max(bound, mention.start - 40), mention.start))) {
          const role = this.roleTail(bound, this.text.slice(0, mention.start).replace(/\s*(?:for|to|of|close to|at|from|in)\s+(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+){0,4}$/u, '').length);
          return { kind: 'unnamed', phrase: this.text.slice(role?.start ?? mention.start, mention.end) };
        }
        // `"...," Lavrov said` or a clause-final `..., Lavrov said` after a fragment.
        if (afterQuote && !this.onlySubject(bound, mention.start) && !/,\s*$/.test(this.text.slice(bound, mention.start))) return null;
        return { kind: 'person', mention };
      }
      const pron = PERSON_PRONOUN.exec(pre);
      if (pron) {
        const gapBefore = this.text.slice(bound, preEnd - pron[1]!.length);
        if (afterQuote && !/^[\s,;—–-]*$/.test(gapBefore) && !/,\s*$/.test(gapBefore)) return null;
        return { kind: 'pronoun', word: pron[1]!, pos: preEnd - pron[1]!.length };
      }
      const other = OTHER_PRONOUN.exec(pre);
      if (other) {
        if (afterQuote && !/^[\s,;—–-]*$/.test(this.text.slice(bound, preEnd - other[1]!.length))) return null;
        return { kind: 'unnamed', phrase: other[1]!, pos: preEnd - other[1]!.length };
      }
      const dash = / [-–—]$/.test(pre);
      if (pre.endsWith(',') || dash) {
        // An aside between commas or dashes: the aside may itself be the name (`the minister, X, said`).
        const inner = pre.slice(0, dash ? -2 : -1);
        const lastComma = dash
          ? Math.max(inner.lastIndexOf(' - '), inner.lastIndexOf(' – '), inner.lastIndexOf(' — ')) + 1
          : Math.max(inner.lastIndexOf(','), inner.lastIndexOf('('));
        const asideStart = bound + lastComma + 1;
        const aside = this.text.slice(asideStart, bound + inner.length);
        const lead = aside.length - aside.trimStart().length;
        const named = this.mentionByStart.get(asideStart + lead);
        const asideEnd = bound + inner.trimEnd().length;
        if (named && lastComma >= 0 && (named.end === asideEnd || TRAILING_POST_NOMINAL.test(this.text.slice(named.start, asideEnd)) && /^,?\s+\S+$/.test(this.text.slice(named.end, asideEnd)))) {
          return { kind: 'person', mention: named };
        }
        if (lastComma < 0) return null;
        e = bound + lastComma;
        continue;
      }
      if (!afterQuote && /(?:^|\s)(?:and|but|or)$/u.test(pre)) return { kind: 'main' };
      const role = this.roleTail(bound, preEnd);
      if (role) {
        // `Rhodri Thomas, Plaid health spokesman said`: an appositive without its closing comma.
        const lead = /,\s*$/.exec(this.text.slice(bound, role.start));
        const named = lead ? this.mentionByEnd.get(role.start - lead[0].length) : undefined;
        if (named && named.start >= bound) return { kind: 'person', mention: named };
        const ref = this.roleRef(role.phrase, role.start);
        if (ref.kind !== 'main') {
          if (afterQuote && !/^[\s,;—–-]*$/.test(this.text.slice(bound, role.start))) return null;
          if (!afterQuote && !direct && !this.isClauseInitial(bound, role.start)) return null;
          return ref;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The role phrase ending at `end` (`the former cabinet secretary`, `Mr Blair's official spokesman`,
   * `A Department for Work and Pensions spokeswoman`, `the Home Office`), read backwards word by
   * word: capitalised words, possessives, role words, up to and including a determiner.
   */
  private roleTail(bound: number, end: number): { phrase: string; start: number } | null {
    const words: { w: string; at: number }[] = [];
    const pre = this.text.slice(Math.max(bound, end - 120), end);
    const base = end - pre.length;
    const re = /\S+/g;
    for (let m = re.exec(pre); m; m = re.exec(pre)) words.push({ w: m[0], at: base + m.index });
    let i = words.length;
    let start = -1;
    while (i > 0 && words.length - i < 8) {
      const { w, at } = words[i - 1]!;
      const last = i === words.length;
      if (!last && /[,;:.!?)"”]$/.test(w)) break;
      const lower = w.toLowerCase();
      if (DETERMINERS.has(lower)) {
        start = at;
        break;
      }
      const capitalised = /^\p{Lu}/u.test(w);
      const joiner = (lower === 'for' || lower === 'of' || lower === 'and') && start >= 0 && /^\p{Lu}/u.test(this.text.charAt(start));
      // Any common noun right after `the`/`a` heads a source (`the airline said`, `a hospital said`).
      const determinedNoun = last && /^[a-z][a-z-]{2,}$/.test(w) && i >= 2 && /^(?:the|a|an)$/i.test(words[i - 2]!.w);
      if (capitalised || joiner || determinedNoun || isTitleHead(lower) || UNNAMED_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || PERSONAL_ROLE_HEADS.has(lower)) {
        start = at;
        i--;
        continue;
      }
      // `an airport spokeswoman`: up to two lowercase modifiers between a determiner and the head.
      if (start >= 0 && /^[a-z][a-z-]+$/.test(w)) {
        for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
          const wk = words[k]!.w;
          if (/^(?:the|a|an)$/i.test(wk)) {
            start = words[k]!.at;
            break;
          }
          if (!/^[a-z][a-z-]+$/.test(wk)) break;
        }
      }
      break;
    }
    if (start < 0) return null;
    // `a spokeswoman for the airport`: the source is the spokeswoman, speaking for the airport.
    const forOther = SOURCE_FOR.exec(this.text.slice(Math.max(bound, start - 60), start));
    if (forOther) start -= forOther[0].length;
    const phrase = this.text.slice(start, end).trim();
    return phrase ? { phrase, start } : null;
  }

  /** Is the text between `bound` and `pos` no more than punctuation (or a possessive country)? */
  private onlySubject(bound: number, pos: number): boolean {
    const gap = this.text.slice(bound, pos);
    return /^[\s,;—–-]*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+|[a-z]+\s+){0,5})?$/u.test(gap) && !/[.!?]/.test(gap);
  }

  /** Does the role phrase at `pos` begin its clause (sentence start, after a comma, a conjunction)? */
  private isClauseInitial(bound: number, pos: number): boolean {
    const gap = this.text.slice(bound, pos).trimEnd();
    return gap === '' || /(?:[,;:(—–]|\b(?:and|but|while|as|because|although|though|when|where|after|before|since|that|whereas|yet|so|meanwhile|however|earlier|later|now|then|also))$/iu.test(gap) || (INTRO_WORD.test(gap) && gap.endsWith(','));
  }

  /** A role phrase as a speaker: a definite personal role (resolved later) or an unnamed source. */
  private roleRef(phrase: string, pos: number): SpeakerRef {
    const words = phrase.trim().split(/\s+/);
    const head = (words[words.length - 1] ?? '').toLowerCase();
    const det = (words[0] ?? '').toLowerCase();
    const plural = head.endsWith('s') && !head.endsWith('ss') && head !== 'chiefs';
    const possessed = words.slice(0, -1).some((w) => /['’]s$/.test(w));
    const ownRole = possessed && /^(?:spokes(?:man|woman|person)|aide|official|adviser|advisor|lawyer|source)$/.test(head);
    if (PERSONAL_ROLE_HEADS.has(head) && !plural && !ownRole && (/^(?:the|his|her|their|its)$/.test(det) || possessed)) {
      return { kind: 'title', phrase: phrase.trim(), pos };
    }
    if (isTitleHead(head) && !plural && !ownRole && /^(?:the|his|her|their|its)$/.test(det)) return { kind: 'title', phrase: phrase.trim(), pos };
    if (UNNAMED_HEADS.has(head) || isTitleHead(head) || isTitleHead(head.replace(/s$/, '')) || PERSONAL_ROLE_HEADS.has(head.replace(/s$/, '')) || /^\p{Lu}/u.test(words[words.length - 1] ?? '')) {
      // An organisation named by capitalised words (`the Kremlin`, `Downing Street`) is a source too.
      if (/^\p{Lu}/u.test(words[words.length - 1] ?? '') && !UNNAMED_HEADS.has(head)) {
        const caps = words.filter((w) => /^\p{Lu}/u.test(w));
        if (caps.length === 0) return { kind: 'main' };
      }
      return { kind: 'unnamed', phrase: phrase.trim(), pos };
    }
    // `a spokeswoman for the airport`: a source speaking for someone.
    if (SOURCE_FOR_START.test(phrase)) return { kind: 'unnamed', phrase: phrase.trim(), pos };
    // `the airline`, `a hospital`: an organisation or group named by a common noun.
    if (words.length === 2 && /^(?:the|a|an)$/.test(det) && /^[a-z][a-z-]{2,}$/.test(head)) return { kind: 'unnamed', phrase: phrase.trim(), pos };
    return { kind: 'main' };
  }

  /** A person named at `s`, possibly after capitalised words, possessives and role words. */
  private leadingPerson(s: number, limit: number): SpeakerRef | null {
    for (const p of this.people) {
      if (p.start < s) continue;
      if (p.start >= limit) break;
      const gap = this.text.slice(s, p.start);
      // `The chief inspector of schools, David Bell, said`: a role phrase, then the name in commas.
      if (/^(?:the|a|an|his|her|its|their)\s[^,;:"“”]{0,80},\s*$/iu.test(gap) && /^\s*,/.test(this.text.slice(p.end, p.end + 2))) {
        const words = gap.replace(/,\s*$/, '').split(/\s+/);
        if (words.some((w) => isTitleHead(w))) return { kind: 'person', mention: p };
      }
      const gapWords = gap.split(/\s+/).filter(Boolean).map((w) => w.replace(/,$/, ''));
      if (gapWords.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|his|her|their|its|a|an)$/.test(w) || isTitleWord(w) || ROLE_MODIFIERS.has(w) || /^(?:friend|colleague|wife|husband|son|daughter|brother|sister|mother|father|partner|deputy)$/.test(w))) {
        return { kind: 'person', mention: p };
      }
      break;
    }
    return null;
  }

  /** The subject of the sentence's main clause, after an introductory phrase. */
  private mainSubject(sentStart: number, limit: number): SpeakerRef | null {
    let s = sentStart;
    const head = this.text.slice(s, limit);
    let rest = head.replace(/^["“'‘(]\s*/u, '');
    s += head.length - rest.length;
    const conj = LEADING_CONJUNCTION.exec(rest);
    if (conj) {
      s += conj[0].length;
      rest = rest.slice(conj[0].length);
    }
    // The first name, if only capitalised words, possessives or role words come before it.
    const opening = this.leadingPerson(s, limit);
    if (opening) return opening;
    if (INTRO_WORD.test(rest) || /^\p{Lu}\p{Ll}+(?:ed|ing)\b/u.test(rest)) {
      // An introductory phrase (`At a news conference with X, Y said`): the subject follows its comma.
      const comma = rest.indexOf(',');
      if (comma > 0 && comma < 200) {
        const skip = comma + 1 + (/^\s*/.exec(rest.slice(comma + 1))?.[0].length ?? 0);
        s += skip;
        rest = rest.slice(skip);
        const after = this.leadingPerson(s, limit);
        if (after) return after;
      }
    }
    const pron = /^(He|She|he|she)\b/.exec(rest);
    if (pron) return { kind: 'pronoun', word: pron[1]!, pos: s };
    // `The Tory leader will ...`, `Officials in Paris ...`: a role phrase as subject.
    const words = /^(?:(?:The|the|A|An)\s+)?((?:[\p{L}-]+\s+){0,5})/u.exec(rest);
    if (words) {
      const list = (words[0] ?? '').trim().split(/\s+/);
      let n = /^(?:The|the|A|An)$/.test(list[0] ?? '') ? 1 : 0;
      while (n < list.length) {
        const w = list[n]!;
        const lower = w.toLowerCase();
        if (/^\p{Lu}/u.test(w) || ROLE_MODIFIERS.has(lower) || PERSONAL_ROLE_HEADS.has(lower) || UNNAMED_HEADS.has(lower) || isTitleHead(lower)) n++;
        else break;
      }
      const phrase = list.slice(0, n).join(' ');
      const determinerOnly = n === 1 && /^(?:The|the|A|An)$/.test(list[0] ?? '');
      if (n > 0 && phrase && !determinerOnly) {
        const ref = this.roleRef(phrase, s);
        if (ref.kind === 'title' || ref.kind === 'unnamed') return ref;
      }
    }
    return null;
  }

  /** Turn a speaker reference into a speaker name (or null for unnamed sources). */
  private resolve(ref: SpeakerRef, cue: Cue, rule: string, from: number, to: number): Attribution | null {
    switch (ref.kind) {
      case 'person':
        return { speaker: ref.mention.fullName, mention: ref.mention.name, cue, rule, form: rule, from: Math.min(from, ref.mention.start), to: Math.max(to, ref.mention.end) };
      case 'pronoun': {
        const person = this.resolvePronoun(ref.pos, ref.word.toLowerCase());
        return { speaker: person, mention: ref.word, cue, rule: person ? 'pronoun' : rule, form: rule, from, to };
      }
      case 'title': {
        const person = this.resolveTitle(ref.pos, ref.phrase);
        return { speaker: person, mention: ref.phrase, cue, rule, form: rule, from, to };
      }
      case 'unnamed':
        return { speaker: null, mention: ref.phrase, cue, rule, form: rule, from, to };
      default:
        return null;
    }
  }

  /** `he`/`she`: the speaker or subject of the nearest earlier sentence naming a person, as a reader would. */
  private resolvePronoun(pos: number, pronoun: string): string | null {
    const want = pronoun === 'she' ? 'f' : 'm';
    const fits = (name: string) => {
      const g = this.gender.get(name);
      return !g || g === want;
    };
    const si = this.sentenceIndexAt(pos);
    // The pronoun's own sentence holds its complement, not its antecedent (`X has "...", he said`).
    for (let k = si - 1; k >= 0 && k >= si - 6; k--) {
      const sent = this.sentences[k]!;
      const limit = k === si ? pos : sent.end;
      const spoke = k === si ? undefined : this.speakerBySentence.get(k);
      if (spoke && fits(spoke)) return spoke;
      const subject = this.mainSubject(sent.start, limit);
      if (subject?.kind === 'person' && fits(subject.mention.fullName) && !this.insideQuote(subject.mention.start)) return subject.mention.fullName;
      // `A Labour spokesman criticised X's record. He said: ...`: the pronoun is the unnamed person.
      const head = subject?.kind === 'unnamed' ? subject.phrase.split(/\s+/).pop()! : '';
      if (/^\p{Ll}/u.test(head) && isTitleHead(head)) return null;
      if (subject?.kind === 'title') return this.resolveTitle(subject.pos, subject.phrase);
    }
    // No earlier speaker or subject fits: the nearest person named at all. Sentences where the same
    // pronoun already stands for someone (`..., ignoring a Law Lords ruling, he said`) and the
    // pronoun's own sentence name objects, not the antecedent (`Pressed on Mr Howard's beliefs, he replied`).
    const samePronoun = new RegExp(`\\b${pronoun}\\b`, 'i');
    for (let k = si - 1; k >= 0 && k >= si - 6; k--) {
      const sent = this.sentences[k]!;
      const subject = this.mainSubject(sent.start, sent.end);
      if (subject?.kind === 'pronoun' || samePronoun.test(this.text.slice(sent.start, sent.end))) continue;
      for (const p of this.peopleIn(sent.start, sent.end)) {
        if (!this.insideQuote(p.start) && fits(p.fullName)) return p.fullName;
      }
    }
    return null;
  }

  /** `the minister`, `the Russian foreign minister`: the most recent person whose title and country fit. */
  private resolveTitle(pos: number, phrase: string): string | null {
    const words = phrase.toLowerCase().split(/\s+/).filter((w) => !/^(?:the|his|her|their|its|former|then)$/.test(w));
    const head = words[words.length - 1] ?? '';
    let country: string | null = null;
    const modifiers: string[] = [];
    for (const w of phrase.split(/\s+/).slice(0, -1)) {
      const c = countryFromDemonym(w) ?? (/['’]s$/.test(w) ? countryOf(w) : null);
      if (c) country = c;
      // Only office words narrow the match (`foreign` minister); affiliations (`Tory` leader) do not.
      else if (isTitleWord(w) && !/^(?:the|his|her|their|its|former|then|of|for|and)$/i.test(w)) modifiers.push(w.toLowerCase());
    }
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p.start >= pos) continue;
      const role = this.roles.get(p.fullName);
      if (!role) continue;
      // `the prime minister` is not the deputy prime minister: rank words must agree both ways.
      const titled = role.titles.some((t) => {
        const tw = t.split(' ');
        // A secretary of a department is a minister (`Home Secretary` ... `the minister`).
        const heads = head === 'minister' ? ['minister', 'secretary'] : [head];
        return heads.some((h) => tw.includes(h)) && modifiers.every((m) => tw.includes(m)) && tw.every((w) => !RANK_WORDS.has(w) || modifiers.includes(w));
      });
      if (!titled) continue;
      if (country && role.countries.length && !role.countries.includes(country)) continue;
      return p.fullName;
    }
    // No one carries that title: the person who was just speaking, if the text gives them no
    // other title (`Hewitt said ... The minister told delegates`), as a reader would take it.
    const si = this.sentenceIndexAt(pos);
    for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
      const spoke = this.speakerBySentence.get(k);
      if (spoke) {
        const role = this.roles.get(spoke);
        return role && role.titles.length === 0 && !country ? spoke : null;
      }
    }
    return null;
  }

  /** No cue in the quote's own sentence: an introduction ending the previous paragraph, or a floating quote. */
  private attributeFromContext(span: Span, si: number, partial: boolean, rows: QuoteMention[]): Attribution {
    const none: Attribution = { speaker: null, mention: null, cue: null, rule: 'unattributed', form: 'unattributed', from: span.open, to: span.after };
    const prev = this.sentences[si - 1];
    const cur = this.sentences[si];
    if (!prev || !cur || cur.paragraph - prev.paragraph > 1) return none;
    const prevText = this.text.slice(prev.start, prev.end);
    // `Lavrov said:` closing the previous paragraph or sentence.
    if (/:\s*$/.test(prevText)) {
      const cues = this.cuesBetween(prev.start, prev.end);
      const last = cues[cues.length - 1];
      if (last) {
        const a = this.fromCueBefore(last, prev.start, 'cue-before-colon');
        if (a) return { ...a, from: prev.start };
      }
    }
    if (partial) return none;
    // A floating quote: the previous sentence holds an attributed quote, or reports the same person's speech.
    const lastRow = rows[rows.length - 1];
    if (lastRow && lastRow.speaker && lastRow.quoteEnd >= prev.start && lastRow.quoteEnd <= prev.end && !this.namesOtherPerson(lastRow.quoteEnd, span.open, lastRow.speaker)) {
      return { speaker: lastRow.speaker, mention: lastRow.speakerMention, cue: null, rule: 'floating', form: 'floating', from: prev.start, to: span.after };
    }
    const cues = this.cuesBetween(prev.start, prev.end);
    for (const c of cues) {
      if (c.kind !== 'verb') continue;
      const a = this.fromCueBefore(c, prev.start, 'floating');
      if (a && a.speaker && !this.namesOtherPerson(c.end, span.open, a.speaker)) return { ...a, cue: null, rule: 'floating', form: 'floating', from: prev.start, to: span.after };
      break;
    }
    // The previous sentence is about a person (`But he brushed off the claims.`): a reader gives
    // the quotation that follows to that person, when no one else is named in between.
    const subject = this.mainSubject(prev.start, prev.end);
    if (subject && (subject.kind === 'person' || subject.kind === 'pronoun')) {
      const speaker = subject.kind === 'person' ? subject.mention.fullName : this.resolvePronoun(subject.pos, subject.word.toLowerCase());
      const mention = subject.kind === 'person' ? subject.mention.name : subject.word;
      if (speaker && !this.namesOtherPerson(prev.start, span.open, speaker)) {
        return { speaker, mention, cue: null, rule: 'floating', form: 'floating', from: prev.start, to: span.after };
      }
    }
    return none;
  }

  /** Does any other person appear (outside quotations) between two offsets? */
  private namesOtherPerson(from: number, to: number, speaker: string): boolean {
    return this.peopleIn(from, to).some((p) => p.fullName !== speaker && !this.insideQuote(p.start));
  }

  // ---------------------------------------------------------------- lookups

  private cuesBetween(from: number, to: number): Cue[] {
    const out: Cue[] = [];
    let lo = 0;
    let hi = this.cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cues[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.cues.length && this.cues[i]!.end <= to; i++) out.push(this.cues[i]!);
    return out;
  }

  private peopleIn(from: number, to: number): PersonMention[] {
    const out: PersonMention[] = [];
    for (const p of this.people) {
      if (p.start >= to) break;
      if (p.start >= from) out.push(p);
    }
    return out;
  }

  private quoteBetween(from: number, to: number): boolean {
    return this.spans.some((s) => s.open >= from && s.open < to);
  }

  private insideQuote(pos: number): boolean {
    return this.spans.some((s) => s.start <= pos && pos < s.end);
  }

  /** Start of the clause holding `pos`: after the last quotation closed before it in the sentence. */
  private clauseStart(sentStart: number, pos: number): number {
    let bound = sentStart;
    for (const s of this.spans) {
      if (s.after <= pos && s.after > bound) bound = s.after;
      if (s.open >= pos) break;
    }
    return bound;
  }

  private sentenceIndexAt(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.start <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  private message(rule: string, severity: Message['severity'], reason: string, start: number, end: number, actual: string): void {
    this.messages.push({ ruleId: `${RULE}/${rule}`, reason, severity, articleId: this.id, start, end, actual });
  }
}

function trimEndIndex(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

function countWords(s: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  while (re.exec(s)) n++;
  return n;
}

const SMALL = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'from', 'vs']);
/** Every significant word capitalised: a title or a name (`Lord of the Rings`, `Aegis Ashore`). */
function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let significant = 0;
  for (const w of words) {
    if (SMALL.has(w)) continue;
    significant++;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
  }
  return significant > 0;
}
