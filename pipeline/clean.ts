/**
 * Clean one decoded article: repair the text (mojibake, entities, stray tags, odd spaces), take off
 * the metadata header, split paragraphs, and remove what is not body (captions, site boilerplate,
 * bylines, the title line, the dateline prefix), keeping each removed thing as metadata and as a
 * coded message positioned at its raw line.
 *
 * Per article and pure (no I/O, no clock), so it can run in a worker thread. All patterns are
 * compiled once, in the modules under `clean/`.
 */
import { captionText, splitGluedCaption } from './clean/captions.js';
import { markLayoutCaptions } from './clean/caption-layout.js';
import { restoreSlideShow } from './clean/gallery.js';
import { classifyParagraphs } from './clean/classify.js';
import { markTail } from './clean/tail.js';
import { takeDateline } from './clean/lead.js';
import { type Slot, bodyIndex as nextBody } from './clean/slots.js';
import { dateInFileName, dateInUrl, pickDate } from './clean/article-date.js';
import { monthDayIn, parseFullDate } from './clean/dates.js';
import { decodeEntities, normalizeUnicode, stripTags } from './clean/entities.js';
import type { Line } from './clean/paragraphs.js';
import { repairMojibake } from './clean/mojibake.js';
import { toParagraphs } from './clean/paragraphs.js';
import { comparable, shorten } from './clean/strings.js';
import { looksLikeTitle } from './clean/title.js';
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


/** A publisher as given (`www.example.com` → also `example`, the name a site calls itself by). */
function outletForms(publisher: string): string[] {
  const domain = /^(?:https?:\/\/)?(?:www\d?\.)?([a-z0-9-]+)\.[a-z.]{2,}$/i.exec(publisher.trim());
  return domain ? [publisher, domain[1]!] : [publisher];
}

const COPYRIGHT_YEAR = /(?:©|\(c\)|\bc\.|copyright)\s*(?:copyright\s*)?[^\d]{0,60}?\b((?:19|20)\d\d)\b/i;

/** The year of a copyright line standing above the first body paragraph, or null. */
function headCopyrightYear(slots: readonly Slot[]): string | null {
  for (const slot of slots) {
    if (!slot.removed) return null;
    if (slot.why === 'copyright') return COPYRIGHT_YEAR.exec(slot.text)?.[1] ?? null;
  }
  return null;
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
  const slots: Slot[] = toParagraphs(lines).flatMap((p): Slot[] => {
    const glued = splitGluedCaption(p.text);
    if (!glued) return [{ ...p, removed: null, why: '' }];
    return [
      { line: p.line, text: glued.caption, removed: 'caption', why: 'credit glued to the text' },
      { line: p.line, text: glued.rest, removed: null, why: '' },
    ];
  });
  const outlets = new Set<string>([raw.meta.publisher].filter((p): p is string => !!p).flatMap(outletForms));
  const classified = classifyParagraphs(slots, outlets);
  const byline = classified.byline;
  const sourcePublisher = classified.publisher;
  const sourceDate = classified.date;
  for (const cut of classified.cut) note('clean/byline', 'info', 'Removed the credits closing a body paragraph', cut.line, cut.text);
  const n = slots.length;

  // 4. The end of the article: sign-off, what follows the credits, the site talking about itself.
  markTail(slots, outlets);

  // 5. Title: a title given outside the text (or in front matter) drops an equal first paragraph;
  // otherwise a headline-like first paragraph followed by body is the title.
  const knownTitle = raw.meta.title?.trim();
  let title: string | null = knownTitle || null;
  const bodyIndex = (from: number): number => nextBody(slots, from);
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

  // 6. Dateline in the lead, and what stood before it.
  const lead = takeDateline(slots);
  const dateline = lead.dateline?.place ?? null;
  const datelineAgency = lead.dateline?.agency ?? null;
  byline.push(...lead.names);
  for (const piece of lead.furniture) {
    if (piece.kind === 'byline') note('clean/byline', 'info', 'Removed a byline standing before the dateline', piece.line, piece.text);
    else note('clean/lead', 'info', 'Removed the text standing before the dateline (time stamp, label or link)', piece.line, piece.text);
  }
  if (lead.dateline && lead.slot) {
    const parsed = lead.dateline;
    const when = parsed.monthDay ? ` (month-day ${parsed.monthDay}${parsed.year ? ` ${parsed.year}` : ''})` : '';
    note('clean/dateline', 'info', `Moved the dateline to metadata${when}`, lead.slot.line, parsed.prefix);
  }

  // 7. Captions and sub-heads set between body paragraphs, from the article's layout.
  markLayoutCaptions(slots, slots.filter((s) => s.removed === 'caption').length);
  // A page that is only a slide show reports in its captions.
  const slides = restoreSlideShow(slots);
  if (slides) note('clean/slide-show', 'info', `Kept the ${slides} captions of a page that is only a slide show as its body, without the show's title and counters`);

  // 8. Messages for every removal, and the metadata removals carry.
  const captions: string[] = [...(raw.meta.captions ?? [])];
  for (const slot of slots) {
    if (!slot.removed) continue;
    if (slot.removed === 'caption') {
      captions.push(captionText(slot.text));
      note('clean/caption', 'info', `Removed a photo caption or credit (${slot.why})`, slot.line, slot.text);
    } else if (slot.removed === 'boilerplate') {
      note('clean/boilerplate', 'info', `Removed site boilerplate (${slot.why})`, slot.line, slot.text);
    } else if (slot.removed === 'subhead') {
      note('clean/subhead', 'info', 'Removed a sub-head (a short line in capitals between body paragraphs)', slot.line, slot.text);
    } else if (slot.removed === 'credit') {
      note('clean/credit', 'info', `Removed a credit or a line for editors (${slot.why})`, slot.line, slot.text);
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
  // A dateline's month-day takes its year from the other dates the article carries.
  const context = [raw.meta.date, sourceDate, lead.stampDate, ...[url, ...(raw.meta.altUrls ?? [])].map(dateInUrl), dateInFileName(raw.file), captionDate].find((d) => !!d) ?? null;
  const parsed = lead.dateline;
  // Without another date, the year of a copyright line above the story (the wire's `c.1999 X`).
  const year = parsed?.year ?? (context ? null : headCopyrightYear(slots));
  const datelineDate = parsed?.monthDay ? monthDayIn(parsed.monthDay, year, context) : null;
  const picked = pickDate([
    { date: raw.meta.date, source: raw.meta.dateSource ?? 'metadata' },
    { date: sourceDate ?? lead.stampDate, source: 'header' },
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

