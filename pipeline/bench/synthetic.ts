/**
 * A synthetic news corpus for benchmarks and scale tests, generated deterministically: the same
 * (count, seed) always gives the same files, byte for byte, on every machine.
 *
 * How it is made: a seeded PRNG (mulberry32) draws from pools of people (first name × surname,
 * with an office and a country), countries, cities, venues, organisations, outlets and topics.
 * A *story* is one happening: two or three actors, a place, a date and two or three quotations.
 * Each article reports one story (recent stories are reused, so several outlets cover the same
 * happening in their own words) and is assembled from templates:
 *   - a header: ` date YYYY-MM-DD` before the first line, or a title line, or neither;
 *   - boilerplate lines (navigation, "Advertisement", "Read more", copyright), a byline, a photo
 *     caption with an agency credit, a dateline (`MOSCOW (Reuters) --`);
 *   - event sentences (met, held talks, agreed, signed, urged, called on, criticised, accused,
 *     rejected, warned, visited, protested, imposed sanctions) with time expressions ("on
 *     Tuesday", "March 3", "last week", "on Jan. 12, 2018", "next month");
 *   - quotations with straight or curly marks, attributed with said / told reporters / added /
 *     according to, before or after the quote, by name, surname or pronoun; some partial quotes;
 *   - background and filler sentences, shuffled per article.
 * About 10% of articles are duplicates: half exact copies of a recent article under another
 * name, half light edits of one (a word changed, a boilerplate line added or dropped, quote marks
 * switched between straight and curly). About 10% are news-please JSON records, 10% have a
 * `.meta.json` sidecar, and 1% are Windows-1252 bytes (not valid UTF-8).
 * Memory stays flat: only a window of recent stories and articles is kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticFile {
  /** File name inside the corpus folder. */
  name: string;
  bytes: Uint8Array;
}

/** mulberry32: small, fast, good enough for test data, and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Sergey', 'Taro', 'Angela', 'Emmanuel', 'Maria', 'James', 'Li', 'Fatima', 'Olaf', 'Ana', 'Kenji', 'Priya', 'Ahmed', 'Elena', 'Jacinda', 'Mark', 'Yuki', 'Carlos', 'Ingrid', 'Samuel', 'Leila', 'Viktor', 'Hiroshi', 'Grace', 'Pedro', 'Amina', 'Lars', 'Sofia', 'Daniel', 'Mei', 'Tomas', 'Nadia', 'Rahul', 'Claire', 'Omar', 'Helga', 'Jun', 'Rosa', 'Ivan', 'Aisha'];
const LAST = ['Lavrov', 'Kono', 'Mertens', 'Dubois', 'Santos', 'Whitfield', 'Wei', 'Haddad', 'Lindqvist', 'Moreno', 'Takeda', 'Sharma', 'Rahman', 'Petrova', 'Ardley', 'Rutten', 'Onodera', 'Alvarez', 'Solberg', 'Okafor', 'Nasser', 'Orban', 'Kishida', 'Mensah', 'Castillo', 'Diallo', 'Hansen', 'Rossi', 'Novak', 'Zhang', 'Kowalski', 'Farouk', 'Gupta', 'Laurent', 'Suleiman', 'Berg', 'Park', 'Ortega', 'Volkov', 'Bello', 'Schmidt', 'Tanaka', 'Costa', 'Fischer', 'Yilmaz', 'Andersen', 'Moreau', 'Ivanova', 'Nakamura', 'Silva'];
const OFFICES = ['Foreign Minister', 'Prime Minister', 'President', 'Defence Minister', 'Defense Minister', 'Finance Minister', 'Trade Secretary', 'Health Minister', 'Interior Minister', 'Energy Minister', 'opposition leader', 'central bank governor', 'Chancellor', 'ambassador'];
const COUNTRIES: [string, string][] = [['Russia', 'Russian'], ['Japan', 'Japanese'], ['Germany', 'German'], ['France', 'French'], ['Brazil', 'Brazilian'], ['Britain', 'British'], ['China', 'Chinese'], ['Egypt', 'Egyptian'], ['Sweden', 'Swedish'], ['Spain', 'Spanish'], ['India', 'Indian'], ['Nigeria', 'Nigerian'], ['Italy', 'Italian'], ['Poland', 'Polish'], ['Turkey', 'Turkish'], ['Canada', 'Canadian'], ['Mexico', 'Mexican'], ['Kenya', 'Kenyan'], ['Norway', 'Norwegian'], ['South Korea', 'South Korean'], ['Australia', 'Australian'], ['Ukraine', 'Ukrainian'], ['Argentina', 'Argentine'], ['Ghana', 'Ghanaian']];
const CITIES = ['Moscow', 'Tokyo', 'Berlin', 'Paris', 'Brasilia', 'London', 'Beijing', 'Cairo', 'Stockholm', 'Madrid', 'New Delhi', 'Lagos', 'Rome', 'Warsaw', 'Ankara', 'Ottawa', 'Mexico City', 'Nairobi', 'Oslo', 'Seoul', 'Canberra', 'Kyiv', 'Buenos Aires', 'Accra', 'Geneva', 'Brussels', 'Vienna', 'Osaka', 'Vladivostok', 'New York'];
const VENUES = ['the Iikura Guest House', 'the Kremlin', 'the Elysee Palace', 'the foreign ministry', 'the United Nations headquarters', 'a hotel near the airport', 'the presidential palace', 'the parliament building'];
const ORGS = ['the United Nations', 'NATO', 'the European Union', 'the World Bank', 'the International Monetary Fund', 'the African Union', 'the World Health Organization', 'the Finance Ministry', 'the central bank', 'the Security Council'];
const OUTLETS: [string, string, string][] = [['Reuters', 'reuters.com', 'Reuters'], ['Kyodo', 'kyodonews.net', 'Kyodo'], ['AFP', 'afp.com', 'AFP'], ['The Daily Ledger', 'dailyledger.example', 'AP'], ['Global Wire', 'globalwire.example', 'Reuters'], ['The Morning Post', 'morningpost.example', 'AP'], ['Metro Times', 'metrotimes.example', 'Getty Images'], ['Asahi Shimbun', 'asahi.example', 'Kyodo']];
const TOPICS = ['missile defence', 'trade tariffs', 'a gas pipeline', 'fishing rights', 'a border dispute', 'climate targets', 'a peace treaty', 'refugee quotas', 'vaccine supplies', 'grain exports', 'a free trade agreement', 'nuclear safety', 'a disputed island chain', 'debt relief', 'visa rules'];
const ACTIONS = ['show restraint', 'lift the sanctions', 'return to talks', 'release the detained journalists', 'reopen the border', 'cut emissions faster', 'ratify the treaty', 'pay its share of the costs', 'withdraw its troops', 'allow inspectors in'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const QUOTE_OPEN = ['We will not accept', 'We cannot ignore', 'Our position on', 'There is no alternative to', 'Nobody wants a conflict over', 'We are ready to discuss', 'The people expect progress on', 'This is a historic step for', 'We have serious concerns about', 'It is too early to judge'];
const QUOTE_TAIL = ['and we said so clearly', 'and that has not changed', 'whatever others may say', 'in the coming weeks', 'for the sake of both our nations', 'without preconditions', 'as soon as possible', 'and I told my counterpart so', 'before the end of the year', 'under international law'];
const FRAGMENTS = ['purely defensive', 'a direct threat', 'unacceptable', 'a step in the right direction', 'deeply regrettable', 'constructive and frank', 'a serious mistake', 'long overdue'];
const FILLER = [
  'The talks came after months of tension over {topic}.',
  'Analysts said a breakthrough on {topic} was unlikely before the elections.',
  'Officials in {city} declined to comment on the details.',
  '{country} has long argued that {topic} should be settled through negotiations.',
  'The two sides last met in {city} in {month}.',
  'Trade between the two countries fell by {n} percent last year.',
  'The dispute over {topic} dates back decades.',
  'Several ministers are expected to attend the follow-up meeting.',
  'Markets reacted calmly to the news, with shares in {city} closing {n} points higher.',
  'The government has faced criticism at home over its handling of {topic}.',
  'A joint statement is expected to be published later.',
  'Diplomats said the atmosphere had improved since the spring.',
  'Critics in {city} say the government has given away too much on {topic} without getting anything in return.',
  'The meeting was the first at this level since {month}, when talks broke down over {topic}.',
  'Opposition parties have called for a parliamentary debate before any deal on {topic} is signed.',
  'Business groups welcomed the move, saying uncertainty over {topic} had held back investment for years.',
  'Human rights groups urged the delegations to raise the cases of detained activists.',
  'Neither side gave details of what would happen if the deadline passed without an agreement.',
]
const BOILER = ['Advertisement', 'Share this article', 'Sign up for our morning newsletter', 'Please view the main text area of the page by skipping the main menu.', 'Click here to subscribe', 'Follow us on Twitter', 'Most read', 'Read more: {headline}'];

interface Person {
  first: string;
  last: string;
  office: string;
  country: [string, string];
  she: boolean;
}

interface Story {
  id: number;
  date: Date;
  a: Person;
  b: Person;
  c: Person;
  city: string;
  venue: string;
  topic: string;
  action: string;
  org: string;
  quotes: string[];
  fragment: string;
}

export interface CorpusStats {
  files: number;
  articles: number;
  bytes: number;
}

/** Yields `count` article files (plus sidecars, which are not counted as articles). */
export function* generateCorpus(count: number, seed = 1): Generator<SyntheticFile> {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const person = (not?: Person): Person => {
    let country = pick(COUNTRIES);
    while (not && country === not.country) country = pick(COUNTRIES);
    return { first: pick(FIRST), last: pick(LAST), office: pick(OFFICES), country, she: chance(0.45) };
  };
  const enc = new TextEncoder();

  const stories: Story[] = [];
  const recent: { text: string; title: string; date: string; outlet: [string, string, string] }[] = [];
  const base = Date.UTC(2016, 0, 1);
  let storyId = 0;
  const newStory = (): Story => {
    const a = person();
    return {
      id: storyId++,
      date: new Date(base + int(0, 365 * 3) * 86400000),
      a,
      b: person(a),
      c: person(),
      city: pick(CITIES),
      venue: pick(VENUES),
      topic: pick(TOPICS),
      action: pick(ACTIONS),
      org: pick(ORGS),
      quotes: Array.from({ length: int(2, 3) }, () => `${pick(QUOTE_OPEN)} ${pick(TOPICS)} ${pick(QUOTE_TAIL)}`),
      fragment: pick(FRAGMENTS),
    };
  };

  for (let i = 0; i < count; i++) {
    const name = `syn${String(i).padStart(6, '0')}_${(seed * 2654435761 + i * 40503).toString(16).slice(-8)}`;
    // ~10% duplicates of a recent article: exact copies and light edits.
    if (recent.length > 5 && chance(0.1)) {
      const src = pick(recent);
      let text = src.text;
      if (chance(0.5)) {
        text = lightEdit(text, r);
      }
      yield { name: `${name}.txt`, bytes: enc.encode(text) };
      continue;
    }
    // A new story one time in three; otherwise another outlet's report of a recent one.
    if (stories.length === 0 || chance(0.35)) {
      stories.push(newStory());
      if (stories.length > 300) stories.shift();
    }
    const s = pick(stories.slice(-40));
    const outlet = pick(OUTLETS);
    const curly = chance(0.5);
    const q = (t: string) => (curly ? `\u201c${t}\u201d` : `"${t}"`);
    const full = (p: Person) => `${p.first} ${p.last}`;
    const titled = (p: Person) => `${p.country[1]} ${p.office} ${full(p)}`;
    const pron = (p: Person) => (p.she ? 'she' : 'he');
    const d = s.date;
    const day = d.getUTCDay();
    const when = () =>
      pick([
        `on ${WEEKDAYS[(day + 6) % 7]}`,
        `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
        `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
        `on ${MONTH_ABBR[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
        'last week',
        'earlier this month',
        `${WEEKDAYS[(day + 6) % 7]}`,
      ]);
    const fill = (t: string) =>
      t
        .replace('{topic}', s.topic)
        .replace('{city}', pick(CITIES))
        .replace('{country}', pick(COUNTRIES)[0])
        .replace('{month}', pick(MONTHS))
        .replace('{n}', String(int(2, 40)))
        .replace('{headline}', `${pick(COUNTRIES)[0]} and ${pick(COUNTRIES)[0]} ${pick(['agree', 'clash over', 'discuss'])} ${pick(TOPICS)}`);

    const events = [
      `${titled(s.a)} met ${titled(s.b)} in ${s.city} ${when()} to discuss ${s.topic}.`,
      `${s.a.last} and ${s.b.last} held talks at ${s.venue} in ${s.city} ${when()}.`,
      `The two ministers agreed ${when()} to ${s.action}.`,
      `${full(s.a)} and ${full(s.b)} signed an agreement on ${s.topic} ${when()}.`,
      `${s.a.last} urged ${s.b.country[0]} to ${s.action}.`,
      `${full(s.c)}, the ${s.c.country[1]} ${s.c.office}, criticised the plan as ${s.fragment}.`,
      `${s.b.country[0]} accused ${s.a.country[0]} of stalling on ${s.topic}.`,
      `${s.b.last} rejected calls from ${s.org} to ${s.action}.`,
      `${s.a.country[0]} warned it would impose sanctions if talks on ${s.topic} failed.`,
      `${full(s.b)} will visit ${pick(CITIES)} next month for a summit on ${s.topic}.`,
      `Hundreds of people protested outside ${s.venue} in ${s.city} ${when()}.`,
      `${s.org[0]!.toUpperCase() + s.org.slice(1)} called on both sides to ${s.action}.`,
    ];
    const quotes = s.quotes.map((t, k) => {
      const p = k === 0 ? s.a : k === 1 ? s.b : s.c;
      return pick([
        `${q(`${t},`)} ${full(p)} said.`,
        `${q(`${t},`)} said ${full(p)}, the ${p.country[1]} ${p.office}.`,
        `${p.last} told reporters: ${q(`${t}.`)}`,
        `${full(p)} said: ${q(`${t}.`)}`,
        `${q(`${t},`)} ${pron(p)} added.`,
        `${q(`${t},`)} ${p.last} told a news conference in ${s.city}.`,
        `According to ${p.last}, the proposal was ${q(s.fragment)} and needed more work.`,
        `${q(`${t.split(' ').slice(0, 5).join(' ')},`)} ${full(p)} said, ${q(`${t.split(' ').slice(5).join(' ')}.`)}`,
      ]);
    });
    const body = shuffle([...events.filter(() => chance(0.6)), ...quotes, ...FILLER.filter(() => chance(0.5)).map(fill)], r);
    // Paragraphs of one or two sentences, as wire copy is written.
    const paras: string[] = [];
    for (let k = 0; k < body.length; ) {
      const n = chance(0.6) ? 1 : 2;
      paras.push(body.slice(k, k + n).join(' '));
      k += n;
    }
    const dateline = pick([`${s.city.toUpperCase()} (${outlet[2]}) -- `, `${s.city.toUpperCase()} \u2014 `, `${s.city.toUpperCase()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (${outlet[0]}) - `, '']);
    if (paras.length) paras[0] = dateline + paras[0];
    const title = `${s.a.country[0]}, ${s.b.country[0]} ${pick(['at odds over', 'agree on', 'hold talks on', 'clash over'])} ${s.topic}`;
    const iso = d.toISOString().slice(0, 10);
    const lines: string[] = [];
    if (chance(0.2)) lines.push(pick(BOILER).replace('{headline}', title));
    const caption = `${titled(s.a)}, left, shakes hands with ${full(s.b)} in ${s.city} ${when()}. (${outlet[2]} Photo/${pick(FIRST)} ${pick(LAST)})`;
    const header = r();
    if (header < 0.3) lines.push(` date ${iso} ${chance(0.5) ? caption : title}`);
    else if (header < 0.7) lines.push(title);
    if (chance(0.5) && header >= 0.3) lines.push(caption);
    if (chance(0.4)) lines.push(`By ${pick(FIRST)} ${pick(LAST)}${chance(0.3) ? ` and ${pick(FIRST)} ${pick(LAST)}` : ''}`);
    for (const p of paras) {
      lines.push(p);
      if (chance(0.06)) lines.push(pick(BOILER).replace('{headline}', title));
    }
    if (chance(0.3)) lines.push(`\u00a9 ${d.getUTCFullYear()} ${outlet[0]}. All rights reserved.`);
    const nl = chance(0.1) ? '\r\n' : '\n';
    const text = lines.join(chance(0.85) ? nl + nl : nl) + nl;

    const kind = r();
    if (kind < 0.1) {
      const record = {
        title,
        text: paras.join('\n\n'),
        date_publish: `${iso} ${String(int(0, 23)).padStart(2, '0')}:00:00`,
        source_domain: outlet[1],
        url: `https://${outlet[1]}/news/${s.id}-${i}`,
        authors: chance(0.5) ? [`${pick(FIRST)} ${pick(LAST)}`] : [],
      };
      yield { name: `${name}.json`, bytes: enc.encode(JSON.stringify(record)) };
    } else if (kind < 0.11) {
      // Windows-1252 bytes: curly quotes and dashes become single bytes, invalid as UTF-8.
      yield { name: `${name}.txt`, bytes: encodeCp1252(text) };
    } else {
      yield { name: `${name}.txt`, bytes: enc.encode(text) };
      if (kind > 0.9) {
        const meta = { title, date: iso, publisher: outlet[0], url: `https://${outlet[1]}/a/${i}`, license: 'CC-BY-4.0' };
        yield { name: `${name}.meta.json`, bytes: enc.encode(JSON.stringify(meta, null, 2) + '\n') };
      }
    }
    recent.push({ text, title, date: iso, outlet });
    if (recent.length > 200) recent.shift();
  }
}

/** A light edit, as a re-crawl or a wire copy shows: a word, a boilerplate line, quote marks. */
function lightEdit(text: string, r: () => number): string {
  const k = r();
  if (k < 0.3) return text.replace(/\bsaid\b/, 'added').replace(/\bmet\b/, 'met with');
  if (k < 0.6) return `${BOILER[Math.floor(r() * 6)]}\n\n${text}`;
  if (k < 0.8) return text.includes('\u201c') ? text.replace(/[\u201c\u201d]/g, '"') : text.replace(/"([^"\n]*)"/g, '\u201c$1\u201d');
  return text.replace(/\n\n[^\n]*\n*$/, '\n');
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const CP1252: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2018': 0x91, '\u2019': 0x92, '\u2014': 0x97, '\u2013': 0x96, '\u00a9': 0xa9, '\u00a0': 0xa0 };

function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 ? c : (CP1252[text[i]!] ?? 0x3f);
  }
  return out;
}

/** Writes the corpus into `dir` (created); returns how many articles and bytes it holds. */
export function writeCorpus(dir: string, count: number, seed = 1): CorpusStats {
  mkdirSync(dir, { recursive: true });
  const stats: CorpusStats = { files: 0, articles: 0, bytes: 0 };
  for (const f of generateCorpus(count, seed)) {
    writeFileSync(join(dir, f.name), f.bytes);
    stats.files++;
    stats.bytes += f.bytes.length;
    if (!f.name.endsWith('.meta.json')) stats.articles++;
  }
  return stats;
}
