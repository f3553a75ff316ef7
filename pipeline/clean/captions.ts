/**
 * Photo captions and credits. A paragraph is a caption when it carries a mark that prose does not:
 * a picture credit at its end, a `Photo/...` or `FILE PHOTO:` lead, or people placed in the
 * picture (`X, left, and Y, right, ...`, `(L)`, `From left, ...`) in a paragraph that reports no
 * speech. An agency in a dateline (`TOKYO (Reuters) - ...`) is not a credit: credits are matched
 * at the end of the paragraph only.
 */

// Agencies and picture desks that credit photos by name alone.
const AGENCY = '(?:AP|AFP|Reuters|REUTERS|Kyodo|Xinhua|Yonhap|EPA|EPA-EFE|Getty(?: Images)?|Pool|POOL|Bloomberg|Sputnik|TASS|Tass|ANI|PTI|UPI|dpa|DPA|AAP|Anadolu|IANS|Shutterstock|Alamy|Rex|Rex Features|PA|PA Images|PA Wire|NurPhoto|SOPA Images|File|Handout|HANDOUT)';

// `(AP Photo/Name)`, `(Reuters)`, `(Photo: ...)`, `(Name / The Outlet)`, `[Photo/Desk]` closing the paragraph.
const TRAILING_CREDIT = new RegExp(
  '(?:' +
  [
    `\\[\\s*(?:${AGENCY}(?:\\s+(?:Photo|Images?|Pictures?))?|(?:Photo|Photograph|Picture|Image|Video)s?\\s*[/:][^\\[\\]]{1,60})\\s*\\]`,
    `\\(\\s*${AGENCY}(?:\\s+(?:Photo|Images?|Pool|Pictures?|file photo|Photo/[^()]{1,60}))?\\s*\\)`,
    `\\([^()]{0,60}\\b(?:Photo|Photos|Photograph|Photographer|Picture|Image|Credit|Courtesy|Getty Images|Pool)\\b[^()]{0,60}\\)`,
    `\\(\\s*[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}\\s*/\\s*[\\p{Lu}][\\p{L}.'’&-]*(?:\\s+[\\p{Lu}][\\p{L}.'’&-]*){0,4}\\s*\\)`,
    `\\b(?:REUTERS|AFP|AP|EPA|Getty Images|XINHUA|Xinhua|KYODO|POOL)\\s*/\\s*[\\p{Lu}][\\p{L}.'’-]*(?:[\\s-][\\p{Lu}][\\p{L}.'’-]*){0,4}\\s*`,
    `(?:^|[.!?”"]\\s+)(?:Photo|Photograph|Picture|Image|Photo credit|Credit)s?\\s*(?::|by)\\s*[^.!?]{1,80}`,
  ].join('|') + ')$',
  'u',
);

const LEADING_MARK = new RegExp(
  [
    // `Photo/Illustration` and misspellings, even glued to the next word (`Photo/IllutrationJapanese`).
    '^(?:Photo|Image|Picture)\\s*/\\s*\\p{L}',
    '^FILE\\s*(?:PHOTO|PHOTOGRAPH|IMAGE|PIC)?\\s*[:–—-]',
    '^(?:Photos?|Photographs?|Pictures?|Images?|Video|Gallery)\\s*(?:by\\b|:)',
    '^Image (?:copyright|caption)\\b',
    '^(?:Enlarge(?: this)? [Ii]mage|Expand [Ii]mage|toggle caption|hide caption|Caption)\\b',
    '^(?:From|Left to|Right to) (?:left|right)\\s*[,:]',
    '^(?:Clockwise|Counterclockwise|Anticlockwise) from\\b',
    '^(?:Top|Bottom|Above|Below|Inset|Main picture|Main image|Pictured)\\s*[,:]',
    '^(?:Top|Bottom) (?:left|right)\\s*[,:]',
  ].join('|'),
  'u',
);

// A sentence of its own starting `Pictured,`/`Pictured:` (tabloid captions run into the text).
const PICTURED = /(?:^|[.!?]\s+)Pictured(?: (?:above|below|left|right|here|inset))?\s*[,:]/;

// A person placed in the picture: `Name, left,` / `Name, second from right,` / `(L)` / `(L-R)`.
const POSITION =
  /[\p{L}.)]\s*,\s+(?:(?:far|second|third|fourth|top|bottom|front|back|center|centre)\s+)?(?:from\s+)?(?:left|right|center|centre)\s*[,.]|\((?:L|R|C|L-R|R-L|l-r|left|right|center|centre|(?:far|second|third|top|bottom|front|back)(?:\s+from)?\s+(?:left|right)|(?:left|right) to (?:left|right))\)/u;

// Speech reported in the paragraph: a caption never carries it, a body paragraph often does.
const SPEECH = /["“”]|\b(?:said|says|told|added|according to|asked)\b/;

// A paragraph that is only a credit: `Name Surname/Getty Images`, `Reuters`, `Photo`, `(A / B)`.
const CREDIT_ONLY = new RegExp(
  [
    `^${AGENCY}(?: Photo| Images| Pictures)?$`,
    '^(?:Photo|Photos|Image|Images|Picture|Video|Gallery|Enlarge|Enlarge this image)$',
    `^[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}\\s*/\\s*(?:${AGENCY}|(?:The\\s+)?[\\p{Lu}][\\p{L}.'’&-]*(?:\\s+[\\p{Lu}][\\p{L}.'’&-]*){0,3})(?:\\s+via\\s+[^.]{1,40})?$`,
    '^\\([^()]{1,80}\\)$',
  ].join('|'),
  'u',
);

// `EPA South Korea fired ...`, `Getty Images - Getty The driver ...`: a credit glued before a short
// caption (tabloid layouts); the caption has no closing stop.
const AGENCY_LEAD = new RegExp(`^${AGENCY}(?:\\s*[:-]\\s*[\\p{Lu}][\\p{L}]*(?:\\s+[\\p{Lu}][\\p{L}]*)?)?\\s+(?:-\\s+)?[\\p{Lu}][^.!?]*[^.!?"”]$`, 'u');
// A slide's counter closing its caption: `... Hide Caption 3 of 8`, `Show caption 2 of 12`.
export const SLIDE_COUNTER = /\s*\b(?:Hide|Show) [Cc]aption \d+ of \d+$/;
// Slide shows flattened into text (`8 show all Title 1/8 ...`), or a slide's counter.
const GALLERY = new RegExp(`\\b\\d+ show all\\b|${SLIDE_COUNTER.source}`);

export type CaptionKind = 'credit' | 'lead-mark' | 'position' | 'credit-line' | 'agency-lead' | 'gallery';

/** Why `text` is a caption, or null when it is not one. */
export function captionKind(text: string): CaptionKind | null {
  if (LEADING_MARK.test(text)) return 'lead-mark';
  // The credit closes the paragraph: only its tail needs the (costly, unanchored) search.
  if (TRAILING_CREDIT.test(text.length > 240 ? text.slice(-240) : text)) return 'credit';
  if (text.length <= 100 && CREDIT_ONLY.test(text) && isCreditShape(text)) return 'credit-line';
  if (text.includes('Pictured') && PICTURED.test(text)) return 'position';
  if (text.length <= 220 && AGENCY_LEAD.test(text)) return 'agency-lead';
  if ((text.includes(' show all') || text.includes('aption ')) && GALLERY.test(text)) return 'gallery';
  if (mayPlacePeople(text) && POSITION.test(text) && !SPEECH.test(text)) return 'position';
  return null;
}

function mayPlacePeople(text: string): boolean {
  return text.includes('left') || text.includes('right') || text.includes('cent') || /\([LRC]/.test(text);
}

// `(…)` alone is a credit only when it reads like one (`(Name / Outlet)`, `(Photo: ...)`), not an aside.
function isCreditShape(text: string): boolean {
  if (!text.startsWith('(')) return true;
  return /\/|\b(?:Photo|Picture|Image|Credit|Getty|Reuters|AFP|AP|Pool)\b/.test(text);
}

// A picture credit in parentheses with the text going on after it: `... on Monday. (AP Photo/Ann Lee) The council ...`.
const GLUED_CREDIT = new RegExp(
  `\\(\\s*(?:${AGENCY}\\s+(?:Photo|Images?|Pictures?)(?:\\s*/[^()]{1,60})?|(?:Photo|Photograph|Picture|Image)s?\\s*(?::|by\\b|/)[^()]{1,60}|(?:Credit|Courtesy)\\b[^()]{1,60}|[^()/]{1,60}/\\s*${AGENCY})\\s*\\)\\s+(?=["“\\p{Lu}])`,
  'u',
);
/** How far into a paragraph a glued caption may reach, and how much text must follow it. */
const GLUED_CAPTION_MAX = 400;
const GLUED_REST_MIN = 40;

/**
 * A caption glued to the text that follows it (a page that lost the break after the picture):
 * the caption with its credit, and the rest; null when the paragraph does not start so.
 */
export function splitGluedCaption(text: string): { caption: string; rest: string } | null {
  if (!text.includes('(')) return null;
  const m = GLUED_CREDIT.exec(text.slice(0, GLUED_CAPTION_MAX));
  if (!m || m.index === 0) return null;
  const cut = m.index + m[0].length;
  const rest = text.slice(cut).trim();
  if (rest.length < GLUED_REST_MIN) return null;
  return { caption: text.slice(0, cut).trim(), rest };
}

// `Photo/Illustration` (and its misspellings) labels the picture; it is not part of the caption.
const ILLUSTRATION_LABEL = /^(?:Photo|Image|Picture)\s*\/\s*Il+[a-z]{4,}?(?:ion|ions)?(?=\p{Lu}|\s|$)\s*/u;

/** The caption as kept in `captions`: without a leading `Photo/Illustration` label. */
export function captionText(text: string): string {
  return text.replace(ILLUSTRATION_LABEL, '') || text;
}
