/**
 * The first element of an XML or SGML text, read from the head of a file without parsing it:
 * what the readers' `sniff` decides on. The prolog (XML declaration, comments, processing
 * instructions, a DOCTYPE with or without an internal subset) is skipped by a linear scan.
 */

export interface RootTag {
  /** Qualified name as written (`newsMessage`, `nar:newsItem`, `DOC`). */
  qname: string;
  /** Local name. */
  local: string;
  /** The namespace the root declares for its own prefix (or default), or null. */
  ns: string | null;
}

/** How far into the head the first element may start. */
const MAX_PROLOG = 4096;

export function rootTag(head: string): RootTag | null {
  let i = 0;
  const n = Math.min(head.length, MAX_PROLOG);
  while (i < n) {
    const c = head.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) {
      i++;
      continue;
    }
    if (head[i] !== '<') return null;
    if (head.startsWith('<?', i)) i = after(head, '?>', i);
    else if (head.startsWith('<!--', i)) i = after(head, '-->', i);
    else if (head.startsWith('<!', i)) i = afterDoctype(head, i);
    else return readTag(head, i);
    if (i < 0) return null;
  }
  return null;
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

function afterDoctype(text: string, from: number): number {
  const bracket = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (close < 0) return -1;
  if (bracket >= 0 && bracket < close) {
    const subsetEnd = text.indexOf(']', bracket);
    return subsetEnd < 0 ? -1 : after(text, '>', subsetEnd);
  }
  return close + 1;
}

const NAME = /^<([A-Za-z_][\w.:-]*)/;

function readTag(text: string, from: number): RootTag | null {
  const m = NAME.exec(text.slice(from, from + 200));
  if (!m) return null;
  const qname = m[1]!;
  const close = text.indexOf('>', from);
  const tag = text.slice(from, close < 0 ? Math.min(text.length, from + 2048) : close);
  const colon = qname.indexOf(':');
  const prefix = colon > 0 ? qname.slice(0, colon) : '';
  const attr = prefix ? `xmlns:${prefix}` : 'xmlns';
  const decl = new RegExp(`\\s${attr.replace('.', '\\.')}\\s*=\\s*["']([^"']*)["']`).exec(tag);
  return { qname, local: colon > 0 ? qname.slice(colon + 1) : qname, ns: decl ? decl[1]! : null };
}
