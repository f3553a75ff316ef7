/**
 * Clean one decoded article: repair the text (mojibake, entities, stray tags, odd spaces), take off
 * the metadata header, split paragraphs, and remove what is not body (captions, site boilerplate,
 * bylines, the title line, the dateline prefix), keeping each removed thing as metadata and as a
 * coded message positioned at its raw line.
 *
 * Per article and pure (no I/O, no clock), so it can run in a worker thread. All patterns are
 * compiled once, in the modules under `clean/`.
 */
import { boilerplateKind, isLabelledPlug, isLinkLabel, isTrailingPromotion, outletNamesIn } from './clean/boilerplate.js';
import { captionKind, captionText } from './clean/captions.js';
import { parseDateline } from './clean/dateline.js';
import { dateInFileName, dateInUrl, pickDate } from './clean/article-date.js';
import { parseFullDate } from './clean/dates.js';
import { decodeEntities, normalizeUnicode, stripTags } from './clean/entities.js';
import type { Line } from './clean/paragraphs.js';
import { repairMojibake } from './clean/mojibake.js';
import { type Paragraph, toParagraphs } from './clean/paragraphs.js';
import { comparable, shorten } from './clean/strings.js';
import { looksLikeTitle } from './clean/title.js';
import { parseByline, splitTrailingCredits } from './clean/byline.js';
import type { CleanArticle, Message, RawArticle } from './types.js';
import { uniq } from './lib/collections.js';

export { repairMojibake } from './clean/mojibake.js';
export { decodeEntities, stripTags, normalizeUnicode } from './clean/entities.js';
export { parseDateline } from './clean/dateline.js';
export { captionKind } from './clean/captions.js';
export { boilerplateKind } from './clean/boilerplate.js';
export { parseByline } from './clean/byline.js';

const LINE_BREAK = /\r\n|\r|\n/;
// Characters that can only be there through mojibake or HTML; most lines have none, so the
// repairs are skipped for them.
const NEEDS_REPAIR = /[\u0080-\u00ff\u0152-\u2122&<\u00a0\u200b-\u200f\u2028-\u202f\u2060\ufeff]/;

// Bylines sit at the top or the bottom of an article; looking only there keeps a body line
// such as `By Land and Sea` safe further in.
const BYLINE_HEAD = 6;
const BYLINE_TAIL = 4;

type Removal = 'caption' | 'boilerplate' | 'byline' | 'title';

const LINK_MAX = 220;
const SENTENCE_END = /[.!?]["”’)]?$/;

/** A publisher as given (`www.example.com` → also `example`, the name a site calls itself by). */
function outletForms(publisher: string): string[] {
  const domain = /^(?:https?:\/\/)?(?:www\d?\.)?([a-z0-9-]+)\.[a-z.]{2,}$/i.exec(publisher.trim());
  return domain ? [publisher, domain[1]!] : [publisher];
}

interface Slot extends Paragraph {
  removed: Removal | null;
  why: string;
}

export function clean(raw: RawArticle): CleanArticle {
  const messages: Message[] = [];
  const note = (ruleId: string, severity: Message['severity'], reason: string, line?: number, actual?: string): void => {
    const message: Message = { ruleId, reason, severity, articleId: raw.articleId, file: raw.file };
    if (line !== undefined) message.line = line;
    if (actual !== undefined) message.actual = shorten(actual);
    messages.push(message);
  };

  // 1. Repair each raw line, keeping its number (a `<br>` may split one line into several).
  let repairs = 0;
  let firstRepairLine: number | undefined;
  const lines: Line[] = [];
  const lineBase = (raw.firstLine ?? 1) - 1;
  raw.raw.split(LINE_BREAK).forEach((text, index) => {
    if (NEEDS_REPAIR.test(text)) {
      const repaired = repairMojibake(decodeEntities(text));
      if (repaired.repairs > 0) {
        repairs += repaired.repairs;
        firstRepairLine ??= lineBase + index + 1;
      }
      text = normalizeUnicode(stripTags(repaired.text));
    }
    for (const piece of text.split('\n')) lines.push({ line: lineBase + index + 1, text: piece });
  });
  if (repairs > 0) {
    note('clean/mojibake', 'warning', `Repaired ${repairs} mis-decoded character(s) (UTF-8 read as cp1252, or lost quote bytes)`, firstRepairLine);
  }

  // 2. Paragraphs, each classified on its own (ingest took off any metadata header).
  const slots: Slot[] = toParagraphs(lines).map((p) => ({ ...p, removed: null, why: '' }));
  const byline: string[] = [];
  let sourcePublisher: string | null = null;
  let sourceDate: string | null = null;
  const outlets = new Set<string>([raw.meta.publisher].filter((p): p is string => !!p).flatMap(outletForms));
  const n = slots.length;
  slots.forEach((slot, index) => {
    const caption = captionKind(slot.text);
    if (caption) {
      slot.removed = 'caption';
      slot.why = caption;
      return;
    }
    const junk = boilerplateKind(slot.text);
    if (junk) {
      slot.removed = 'boilerplate';
      slot.why = junk;
      for (const name of outletNamesIn(slot.text)) outlets.add(name);
      return;
    }
    const nearEdge = index < BYLINE_HEAD || index >= n - BYLINE_TAIL;
    if (!nearEdge) return;
    const credit = parseByline(slot.text) ?? (index >= n - BYLINE_TAIL ? splitTrailingCredits(slot.text) : null);
    if (!credit) return;
    byline.push(...credit.names);
    sourcePublisher ??= credit.publisher;
    sourceDate ??= credit.date;
    if (credit.keep) {
      note('clean/byline', 'info', 'Removed the credits closing a body paragraph', slot.line, slot.text.slice(credit.keep.length).trim());
      slot.text = credit.keep;
    } else {
      slot.removed = 'byline';
      slot.why = credit.names.length ? `names: ${credit.names.join(', ')}` : 'source line';
    }
  });

  // 4. The trailing block after the last body paragraph: the site talking about itself.
  // Only below the last body paragraph, contiguous with the end, and only where the article ends
  // in site furniture (copyright, social links): a story may well end on `The site features ...`.
  const outletList = [...outlets];
  // A labelled plug naming the outlet (`CNET Magazine: Check out ...`) closing the article is
  // furniture by itself.
  for (let i = n - 1; i >= 0; i--) {
    const slot = slots[i]!;
    if (slot.removed) continue;
    if (!isLabelledPlug(slot.text, [...outlets])) break;
    slot.removed = 'boilerplate';
    slot.why = 'trailing plug for the outlet';
  }
  const endsInFurniture = slots.at(-1)?.removed === 'boilerplate';
  for (let i = n - 1; endsInFurniture && i >= 0; i--) {
    const slot = slots[i]!;
    if (slot.removed) continue;
    if (!isTrailingPromotion(slot.text, outletList)) break;
    slot.removed = 'boilerplate';
    slot.why = 'trailing self-promotion';
  }

  // 4b. The headlines listed under a label such as `Read more:` — to the end when only short lines
  // follow, else the lines without sentence punctuation right after the label.
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    if (slot.removed !== 'boilerplate' || !isLinkLabel(slot.text)) continue;
    const rest = slots.slice(i + 1).filter((s) => !s.removed);
    const allShort = rest.length > 0 && rest.every((s) => s.text.length <= LINK_MAX);
    for (const s of slots.slice(i + 1)) {
      if (s.removed) continue;
      if (!allShort && (s.text.length > LINK_MAX || SENTENCE_END.test(s.text))) break;
      s.removed = 'boilerplate';
      s.why = 'headline listed under a link label';
    }
  }

  // 5. Title: a title given outside the text (or in front matter) drops an equal first paragraph;
  // otherwise a headline-like first paragraph followed by body is the title.
  const knownTitle = raw.meta.title?.trim();
  let title: string | null = knownTitle || null;
  const bodyIndex = (from: number): number => slots.findIndex((s, i) => i >= from && !s.removed);
  const first = bodyIndex(0);
  if (first >= 0) {
    const firstSlot = slots[first]!;
    const isKnown = knownTitle && comparable(firstSlot.text) === comparable(knownTitle);
    // Only plain text may open on its headline: a structured form says where its title is, and a
    // reader that found none there means none (its first paragraph is body, or chrome).
    const mayGuess = raw.format === 'txt' && !knownTitle;
    if (isKnown || (mayGuess && bodyIndex(first + 1) >= 0 && looksLikeTitle(firstSlot.text))) {
      firstSlot.removed = 'title';
      firstSlot.why = isKnown ? 'equal to the known title' : 'headline line';
      title ??= firstSlot.text;
    }
  }

  // 6. Dateline on the first body paragraph.
  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  let datelineDate: string | null = null;
  const lead = bodyIndex(0);
  if (lead >= 0) {
    const leadSlot = slots[lead]!;
    const parsed = parseDateline(leadSlot.text);
    if (parsed) {
      dateline = parsed.place;
      datelineAgency = parsed.agency;
      if (parsed.monthDay && parsed.year) datelineDate = parseFullDate(`${parsed.monthDay} ${parsed.year}`);
      const when = parsed.monthDay ? ` (month-day ${parsed.monthDay}${parsed.year ? ` ${parsed.year}` : ''})` : '';
      note('clean/dateline', 'info', `Moved the dateline to metadata${when}`, leadSlot.line, parsed.prefix);
      leadSlot.text = parsed.rest;
    }
  }

  // 7. Messages for every removal, and the metadata removals carry.
  const captions: string[] = [...(raw.meta.captions ?? [])];
  for (const slot of slots) {
    if (!slot.removed) continue;
    if (slot.removed === 'caption') {
      captions.push(captionText(slot.text));
      note('clean/caption', 'info', `Removed a photo caption or credit (${slot.why})`, slot.line, slot.text);
    } else if (slot.removed === 'boilerplate') {
      note('clean/boilerplate', 'info', `Removed site boilerplate (${slot.why})`, slot.line, slot.text);
    } else if (slot.removed === 'byline') {
      note('clean/byline', 'info', `Removed a byline (${slot.why})`, slot.line, slot.text);
    } else {
      note('clean/title', 'info', `Removed the title line (${slot.why})`, slot.line, slot.text);
    }
  }

  const text = slots
    .filter((s) => !s.removed && s.text)
    .map((s) => s.text)
    .join('\n\n')
    .normalize('NFC');
  if (!text) note('clean/no-body', 'error', 'No body text after cleaning');
  // In reading order of the raw text (stable: per-article notes without a line go last).
  messages.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));

  // A photo caption's full date is the day of the pictured event, which a report is about: a
  // weaker source than the article's own metadata, but better than none.
  const captionDate = captions.map(parseFullDate).find((d) => d !== null) ?? null;
  const url = raw.meta.url ?? null;
  const picked = pickDate([
    { date: raw.meta.date, source: raw.meta.dateSource ?? 'metadata' },
    { date: sourceDate, source: 'header' },
    ...[url, ...(raw.meta.altUrls ?? [])].map((u) => ({ date: dateInUrl(u), source: 'url' as const })),
    { date: dateInFileName(raw.file), source: 'filename' },
    { date: datelineDate, source: 'dateline' },
    { date: captionDate, source: 'caption' },
  ]);
  const metaByline = raw.meta.byline ?? [];

  return {
    articleId: raw.articleId,
    file: raw.file,
    format: raw.format,
    sha256: raw.sha256,
    bytes: raw.bytes,
    text,
    title,
    dateline: dateline ?? raw.meta.dateline ?? null,
    publisher: raw.meta.publisher ?? sourcePublisher ?? datelineAgency ?? (outlets.values().next().value ?? null),
    byline: uniq([...metaByline, ...byline]),
    captions,
    url,
    date: picked.date,
    dateSource: picked.source,
    dateConfidence: picked.confidence,
    datetime: raw.meta.datetime ?? null,
    language: raw.meta.language ?? null,
    license: raw.meta.license ?? null,
    sourceId: raw.meta.sourceId ?? null,
    altUrls: raw.meta.altUrls ?? [],
    repairs,
    messages,
  };
}

