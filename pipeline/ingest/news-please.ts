/**
 * news-please JSON (and JSON news records like it): one record, an array of records, records keyed
 * by number, or JSON Lines. The body is `text` (news-please < 1.5) or `maintext`; `description` is a
 * summary, not body. Records of a multi-record file get ids `path#<id>` when every record carries
 * a distinct id, else `path#<index>`; a broken record costs only itself.
 *
 * Dates: `date_publish`, validated (a Unix-epoch date is a missing value, and a publication long
 * after the crawl is impossible). `date_modify` is when the page last changed, which can be years after
 * publication, so it is never taken for the publication date; `date_download` is the crawl.
 */
import type { ArticleMeta, Message, RawArticle } from '../types.js';
import { fileMessage } from './decode.js';
import { type JsonRecord, jsonRecords } from './json-records.js';
import { paragraphsOfFlatText } from './json-text.js';
import { authors, isoDay, mergeMeta, str } from './meta.js';
import type { Reader, ReaderInput, ReadResult } from './types.js';
import { unwrapUrl } from './urls.js';

/** Where each value may be found, most specific first (news-please's names, then common ones). */
const FIELDS = {
  text: ['text', 'maintext', 'articleBody', 'article_text', 'body', 'content'],
  title: ['title', 'headline', 'title_rss', 'title_page'],
  date: ['date_publish', 'datePublished', 'published_at', 'publish_date', 'pubDate', 'published', 'date'],
  crawled: ['date_download', 'crawled_at', 'date_crawled'],
  url: ['url', 'link', 'canonical_url'],
  authors: ['authors', 'author', 'byline'],
  language: ['language', 'lang', 'inLanguage'],
  publisher: ['source_domain', 'publisher', 'site_name'],
  id: ['id', '_id', 'dId', 'uuid', 'guid', 'doc_id'],
} as const;

/** ISO 639-2 codes some crawlers write, as the BCP 47 tags (ISO 639-1) they stand for. */
const LANGUAGE_639_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', dut: 'nl',
  rus: 'ru', ukr: 'uk', pol: 'pl', ces: 'cs', cze: 'cs', swe: 'sv', dan: 'da', nor: 'no', fin: 'fi', ell: 'el',
  gre: 'el', tur: 'tr', ara: 'ar', heb: 'he', fas: 'fa', per: 'fa', hin: 'hi', zho: 'zh', chi: 'zh', jpn: 'ja',
  kor: 'ko', vie: 'vi', ind: 'id', msa: 'ms', may: 'ms', ron: 'ro', rum: 'ro', hun: 'hu', bul: 'bg', hrv: 'hr',
  srp: 'sr', slk: 'sk', slo: 'sk', slv: 'sl', cat: 'ca', eus: 'eu', baq: 'eu',
};

/** Words a headline shares with any text; a title is checked against its body on the others. */
const FUNCTION_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'are', 'was', 'were', 'has', 'have', 'had', 'its', 'not', 'but', 'new', 'how', 'why',
  'what', 'who', 'will', 'can', 'amid', 'after', 'over', 'into', 'more', 'than', 'this', 'that', 'says', 'said', 'you', 'your',
]);
/**
 * A page stamped a few days after it was crawled is the outlet's own future-dated or time-shifted
 * post, and its date stands; a date further beyond the crawl is not a publication date.
 */
const FUTURE_SLACK_DAYS = 7;
/** A title is judged against bodies of at least this many words. */
const MIN_BODY_WORDS = 50;
/** Only so many body words are looked at, and prefixes so long. */
const MAX_BODY_WORDS = 3000;
const MAX_PREFIX = 12;
/** The same title on this many records (and this share of the file) is the crawler's, not the articles'. */
const REPEATED_TITLE = { records: 3, share: 0.3 };

const first = (o: Record<string, unknown>, keys: readonly string[]): string | null => {
  for (const k of keys) {
    const v = str(o[k]);
    if (v) return v;
  }
  return null;
};
const isRecord = (o: Record<string, unknown>): boolean => FIELDS.text.some((k) => typeof o[k] === 'string');

export const newsPleaseReader: Reader = {
  form: 'news-please',
  sniff: (head, ext) => /^\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:[{\]]|$))/.test(head) || (/^\.(?:json|jsonl|ndjson)$/.test(ext) && /^\s*[{[]/.test(head)),
  read: (input) => readRecords(input),
};

function readRecords(input: ReaderInput): ReadResult {
  const { file, articleId } = input;
  const parsed = jsonRecords(input.text, isRecord);
  if (parsed.error) {
    return { articles: [], messages: [fileMessage(file, 'ingest/bad-json', 'error', `Not a JSON news record: ${parsed.error.reason}`, { line: parsed.error.line })] };
  }
  const many = parsed.kind !== 'single';
  const keys = recordKeys(parsed.records);
  const messages: Message[] = [];
  const articles: RawArticle[] = [];
  const titles = repeatedTitles(parsed.records);
  for (const record of parsed.records) {
    const id = many ? `${articleId}#${keys[record.index]}` : articleId;
    const where = many ? `record ${record.index + 1}${record.key !== null ? ` (key ${record.key})` : ''}` : 'the record';
    const fail = (ruleId: string, reason: string): void => {
      messages.push(fileMessage(file, ruleId, 'error', reason, { articleId: id, line: record.line }));
    };
    if (record.error !== null || !record.value || typeof record.value !== 'object') {
      fail(many ? 'ingest/bad-record' : 'ingest/bad-json', `${capitalise(where)} is not a readable JSON object: ${record.error ?? 'no value'}`);
      continue;
    }
    const o = record.value as Record<string, unknown>;
    const body = first(o, FIELDS.text);
    if (!body) {
      fail('ingest/no-text', `${capitalise(where)} has no \`text\` or \`maintext\`: no article to read`);
      continue;
    }
    const raw = paragraphsOfFlatText(body);
    const { meta, notes } = recordMeta(o, raw, titles);
    for (const reason of notes) messages.push(fileMessage(file, reason.ruleId, reason.severity, `${capitalise(where)}: ${reason.text}`, { articleId: id, line: record.line }));
    // A sidecar describes the file: for a file of many records only what holds for all of them.
    const sidecar = many ? fileWide(input.sidecar) : input.sidecar;
    articles.push({ articleId: id, file, format: 'news-please', sha256: input.sha256, bytes: input.bytes.length, raw, firstLine: record.line, meta: mergeMeta(meta, sidecar) });
  }
  return { articles, messages };
}

function fileWide(sidecar: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = {};
  if (sidecar.publisher) out.publisher = sidecar.publisher;
  if (sidecar.license) out.license = sidecar.license;
  if (sidecar.language) out.language = sidecar.language;
  return out;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Record ids: the records' own ids (a keyed object's keys, or an `id` field) when every readable
 * record has a distinct, path-safe one; else their positions. A broken record is named by its position.
 */
function recordKeys(records: readonly JsonRecord[]): string[] {
  const safe = (v: unknown): string | null => ((typeof v === 'string' || typeof v === 'number') && /^[A-Za-z0-9._:-]{1,80}$/.test(String(v)) ? String(v) : null);
  const ownId = (r: JsonRecord): string | null => {
    if (r.key !== null) return safe(r.key);
    const o = r.value && typeof r.value === 'object' ? (r.value as Record<string, unknown>) : null;
    return o ? (FIELDS.id.map((k) => safe(o[k])).find((v) => v !== null) ?? null) : null;
  };
  const readable = records.filter((r) => r.error === null);
  const own = readable.map(ownId);
  const distinct = own.length > 0 && own.every((k) => k !== null) && new Set(own).size === own.length;
  const byIndex = new Map(readable.map((r, k) => [r.index, own[k]!]));
  return records.map((r) => (distinct ? (byIndex.get(r.index) ?? String(r.index)) : String(r.index)));
}

/** Titles that many records of one file share: the crawler's placeholder, not a headline. */
function repeatedTitles(records: readonly JsonRecord[]): Set<string> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const title = r.value && typeof r.value === 'object' ? first(r.value as Record<string, unknown>, FIELDS.title) : null;
    if (title) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [title, n] of counts) if (n >= REPEATED_TITLE.records && n >= records.length * REPEATED_TITLE.share) out.add(title);
  return out;
}

interface Note {
  ruleId: string;
  severity: Message['severity'];
  text: string;
}

function recordMeta(o: Record<string, unknown>, body: string, repeated: ReadonlySet<string>): { meta: ArticleMeta; notes: Note[] } {
  const notes: Note[] = [];
  const title = first(o, FIELDS.title);
  let keptTitle = title;
  if (title && repeated.has(title)) {
    keptTitle = null;
    notes.push({ ruleId: 'ingest/junk-title', severity: 'info', text: `title "${title}" is shared by many records of the file: not taken as the headline` });
  } else if (title && !sharesWordWithBody(title, body)) {
    keptTitle = null;
    notes.push({ ruleId: 'ingest/junk-title', severity: 'info', text: `title "${title}" has no word in common with the body: not taken as the headline` });
  }
  const { date, datetime, note } = publicationDate(o);
  if (note) notes.push(note);
  const address = first(o, FIELDS.url);
  const unwrapped = address ? unwrapUrl(address) : null;
  return {
    meta: {
      title: keptTitle,
      date,
      dateSource: date ? 'metadata' : null,
      datetime,
      publisher: first(o, FIELDS.publisher),
      url: unwrapped?.url ?? null,
      altUrls: unwrapped?.wrappers ?? [],
      byline: FIELDS.authors.map((k) => authors(o[k])).find((a) => a && a.length) ?? [],
      language: languageTag(first(o, FIELDS.language)),
    },
    notes,
  };
}

function publicationDate(o: Record<string, unknown>): { date: string | null; datetime: string | null; note: Note | null } {
  const value = first(o, FIELDS.date);
  const date = isoDay(value);
  if (!date) {
    const note = value ? { ruleId: 'ingest/bad-date', severity: 'warning' as const, text: `publication date "${value}" is not a date (an epoch or malformed value): left empty` } : null;
    return { date: null, datetime: null, note };
  }
  const crawled = isoDay(first(o, FIELDS.crawled));
  if (crawled && daysBetween(crawled, date) > FUTURE_SLACK_DAYS) {
    return { date: null, datetime: null, note: { ruleId: 'ingest/bad-date', severity: 'warning', text: `publication date ${date} is long after the page was crawled (${crawled}): left empty` } };
  }
  // A time of day only when one was written: news-please writes a bare date as midnight without a zone.
  const timed = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value!.trim());
  const bareMidnight = /[T ]00:00(?::00(?:\.0+)?)?$/.test(value!.trim());
  return { date, datetime: timed && !bareMidnight ? value!.trim().replace(' ', 'T') : null, note: null };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** A BCP 47 tag from what a record says (`en`, `en-US`, `eng`), or null. */
function languageTag(value: string | null): string | null {
  const m = value ? /^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?$/.exec(value.trim()) : null;
  if (!m) return null;
  const primary = m[1]!.toLowerCase();
  const tag = LANGUAGE_639_1[primary] ?? primary;
  return m[2] ? `${tag}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : tag;
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * Does the title share a content word with the body? A title word meets a body word that starts
 * with its first three quarters (at least three letters), so `floods` meets `flooding` and `kill`
 * meets `killed`, while `placeholder` does not meet `place`. Bodies too short to judge by pass.
 */
function sharesWordWithBody(title: string, body: string): boolean {
  const bodyWords = (body.toLowerCase().match(WORD) ?? []).slice(0, MAX_BODY_WORDS);
  if (bodyWords.length < MIN_BODY_WORDS) return true;
  const prefixes = new Set<string>();
  for (const w of bodyWords) for (let k = 3; k <= w.length && k <= MAX_PREFIX; k++) prefixes.add(w.slice(0, k));
  const words = (title.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));
  return words.length === 0 || words.some((w) => prefixes.has(w.slice(0, Math.min(MAX_PREFIX, Math.max(3, Math.ceil(w.length * 0.75))))));
}
