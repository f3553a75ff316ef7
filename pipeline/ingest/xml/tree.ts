/**
 * XML (and SGML) text to a small element tree, with namespaces and positions.
 *
 * Strict first: saxes checks well-formedness and namespaces. Where the input is not well-formed,
 * htmlparser2 in `xmlMode` builds the tree tolerantly (unclosed elements closed, stray end tags
 * ignored, several roots, unquoted attributes and unknown entities kept as text), as it does for
 * SGML, which is not XML at all. Namespaces are then resolved from the `xmlns` attributes in scope.
 */
import { Parser } from 'htmlparser2';
import { SaxesParser } from 'saxes';

export interface XmlElement {
  kind: 'element';
  /** Local name, as written (XML is case-sensitive; SGML readers compare case-insensitively). */
  name: string;
  /** Namespace URI, or null where none is in scope. */
  ns: string | null;
  /** Attributes by qualified name as written (`guid`, `xml:lang`). */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag. */
  line: number;
  /** Offsets of the element's source in the parsed text, where the parser gives them (tolerant mode). */
  start: number;
  end: number;
}

export interface XmlText {
  kind: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

export interface ParsedXml {
  /** A synthetic document node holding the top-level elements (SGML streams have several). */
  document: XmlElement;
  /** Set when the strict parse failed: its message, with line and column. */
  error: string | null;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function element(name: string, attrs: Record<string, string>, line: number, start: number): XmlElement {
  return { kind: 'element', name, ns: null, attrs, children: [], line, start, end: start };
}

/** Strict: saxes with namespaces; throws on the first well-formedness error. */
export function parseStrict(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const document = element('#document', {}, 1, 0);
  const stack: XmlElement[] = [document];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [qname, attr] of Object.entries(tag.attributes)) attrs[qname] = attr.value;
    const el = element(tag.local, attrs, parser.line, 0);
    el.ns = tag.uri || null;
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (t: string): void => void stack.at(-1)!.children.push({ kind: 'text', text: t });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  return document;
}

/** Is `text` a well-formed XML element or document (namespaces not checked)? Null when it is, else the error. */
export function wellFormedError(text: string): string | null {
  const parser = new SaxesParser({ xmlns: false, fragment: false });
  try {
    parser.write(text).close();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Tolerant: htmlparser2 in xmlMode; never throws. Positions are offsets into `text`. */
export function parseTolerant(text: string): XmlElement {
  const lines = lineStarts(text);
  const document = element('#document', {}, 1, 0);
  document.end = text.length;
  const stack: XmlElement[] = [document];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el = element(name, { ...attribs }, lineAt(lines, parser.startIndex), parser.startIndex);
        stack.at(-1)!.children.push(el);
        stack.push(el);
      },
      onclosetag() {
        const el = stack.pop();
        if (el) el.end = parser.endIndex + 1;
      },
      ontext(data) {
        const parent = stack.at(-1)!;
        const last = parent.children.at(-1);
        if (last?.kind === 'text') last.text += data;
        else parent.children.push({ kind: 'text', text: data });
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(text);
  parser.end();
  resolveNamespaces(document, new Map([['xml', XML_NS]]));
  return document;
}

/** Strict, else tolerant with the strict parser's error kept for a message. */
export function parseXml(text: string): ParsedXml {
  try {
    return { document: parseStrict(text), error: null };
  } catch (e) {
    return { document: parseTolerant(text), error: (e as Error).message };
  }
}

/** Split `prefix:local` names and give each element the namespace its prefix is bound to (iteratively: no depth limit). */
function resolveNamespaces(root: XmlElement, rootScope: Map<string, string>): void {
  const stack: { el: XmlElement; scope: Map<string, string> }[] = [{ el: root, scope: rootScope }];
  while (stack.length) {
    const { el, scope } = stack.pop()!;
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      let inner = scope;
      for (const [qname, value] of Object.entries(child.attrs)) {
        if (qname === 'xmlns' || qname.startsWith('xmlns:')) {
          if (inner === scope) inner = new Map(scope);
          inner.set(qname === 'xmlns' ? '' : qname.slice(6), value);
        }
      }
      const colon = child.name.indexOf(':');
      const prefix = colon > 0 ? child.name.slice(0, colon) : '';
      if (colon > 0) child.name = child.name.slice(colon + 1);
      child.ns = inner.get(prefix) || null;
      stack.push({ el: child, scope: inner });
    }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
