/** HTML leftovers and Unicode oddities: entities, stray tags, special spaces, invisible characters. */
import { CP1252_HIGH } from '../lib/cp1252.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb',
  lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033', bull: '\u2022', middot: '\u00b7',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7',
  divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sect: '\u00a7', para: '\u00b6',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', dollar: '$', percnt: '%',
  shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', iexcl: '\u00a1', iquest: '\u00bf', szlig: '\u00df',
  aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', acirc: 'â', Acirc: 'Â', atilde: 'ã', Atilde: 'Ã',
  auml: 'ä', Auml: 'Ä', aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', ccedil: 'ç', Ccedil: 'Ç',
  eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', Euml: 'Ë',
  iacute: 'í', Iacute: 'Í', igrave: 'ì', Igrave: 'Ì', icirc: 'î', Icirc: 'Î', iuml: 'ï', Iuml: 'Ï',
  ntilde: 'ñ', Ntilde: 'Ñ', oacute: 'ó', Oacute: 'Ó', ograve: 'ò', Ograve: 'Ò', ocirc: 'ô', Ocirc: 'Ô',
  otilde: 'õ', Otilde: 'Õ', ouml: 'ö', Ouml: 'Ö', oslash: 'ø', Oslash: 'Ø', uacute: 'ú', Uacute: 'Ú',
  ugrave: 'ù', Ugrave: 'Ù', ucirc: 'û', Ucirc: 'Û', uuml: 'ü', Uuml: 'Ü', yacute: 'ý', yuml: 'ÿ',
  scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', oelig: 'œ', OElig: 'Œ',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,8}));/g;

function fromCodePoint(code: number, entity: string): string {
  // Entities that name a cp1252 special by its byte (`&#146;`) mean the cp1252 character.
  if (code >= 0x80 && code <= 0x9f) return CP1252_HIGH[code] ? String.fromCharCode(CP1252_HIGH[code]) : entity;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return entity;
  return String.fromCodePoint(code);
}

/** Decode numeric and common named entities; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Twice, for the doubly escaped `&amp;#8217;` that scrapers produce.
  for (let pass = 0; pass < 2 && text.includes('&'); pass++) {
    text = text.replace(ENTITY, (entity, dec?: string, hex?: string, name?: string) => {
      if (dec) return fromCodePoint(Number.parseInt(dec, 10), entity);
      if (hex) return fromCodePoint(Number.parseInt(hex, 16), entity);
      return Object.hasOwn(NAMED, name!) ? NAMED[name!]! : entity;
    });
  }
  return text;
}

// Tags that break a line in HTML become a line break, so paragraphs stay apart.
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|header|footer|table|tr)\b[^<>]{0,200}>/gi;
const INLINE_TAG = /<\/?(?:a|b|i|u|em|strong|span|font|small|sup|sub|img|hr|abbr|cite|q|s|strike|mark|time|wbr|nav|aside|td|th|tbody|thead)\b[^<>]{0,300}>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

/** Remove stray HTML tags (known names only, so `a < b > c` in prose survives). */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(COMMENT, '').replace(BLOCK_TAG, '\n').replace(INLINE_TAG, '');
}

// No-break and other typographic spaces become a plain space; zero-width characters, BOMs and
// soft hyphens vanish (they split words for search and for the quote extractor).
const SPECIAL_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function normalizeUnicode(text: string): string {
  return text.replace(SPECIAL_SPACE, ' ').replace(INVISIBLE, '').replace(CONTROL, '').normalize('NFC');
}
