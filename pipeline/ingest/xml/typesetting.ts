/**
 * The typesetting codes of older newswire SGML (TIPSTER, AQUAINT, early Gigaword), written as
 * entities: rail and quad codes (`&UR;`, `&LR;`, `&QC;`, `&QL;`), control characters (`&Cx1f;`),
 * and a dash (`&MD;`). They are not text; a line that opens with a rail or quad code is set apart
 * from the running text (a byline, a credit, the editors' initials), so it becomes its own element.
 */

/** Typesetting entities and what they stand for in the text ('' for pure layout codes). */
export const TYPESETTING_ENTITIES: Readonly<Record<string, string>> = {
  UR: '', LR: '', QC: '', QL: '', QR: '', QJ: '', HT: ' ', TL: '', TAB: ' ',
  // An em dash in the typesetting stream; kept as a character, not lost.
  MD: ' — ',
  // The ampersand itself, left for the parser to decode.
  AMP: '&amp;',
} as const;

/** The codes that set a line apart when they open it. */
export const LINE_CODES = ['UR', 'LR', 'QC', 'QL', 'QR', 'QJ'] as const;

/** The element a set-apart line is wrapped in, so readers can tell it from running text. */
export const SET_APART = 'TYPESET';

const ENTITY = /&([A-Za-z][A-Za-z0-9]{0,7});/g;
const CONTROL = /^Cx[0-9a-fA-F]{2}$/;
const LINE_OPENER = new RegExp(`^([ \\t]*)&(?:${LINE_CODES.join('|')});(.*)$`);
const LINE_BREAK = /(\r\n|\r|\n)/;

/** Replace the typesetting entities of `text` (lines kept); set-apart lines wrapped in `<TYPESET>`. Returns the count removed. */
export function replaceTypesetting(text: string): { text: string; count: number } {
  let count = 0;
  const strip = (line: string): string =>
    line.replace(ENTITY, (whole, name: string) => {
      const value = TYPESETTING_ENTITIES[name] ?? (CONTROL.test(name) ? '' : null);
      if (value === null) return whole;
      count++;
      return value;
    });
  const parts = text.split(LINE_BREAK);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    const opener = LINE_OPENER.exec(line);
    parts[i] = opener ? `${opener[1]}<${SET_APART}>${strip(opener[2]!)}</${SET_APART}>` : strip(line);
    if (opener) count++;
  }
  return { text: parts.join(''), count };
}
