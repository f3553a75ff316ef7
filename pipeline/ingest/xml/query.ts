/** Finding elements and their text in a parsed tree (xml/tree.ts). All walks are iterative. */
import type { XmlElement, XmlNode } from './tree.js';

export type Match = string | readonly string[] | ((el: XmlElement) => boolean);

function matcher(match: Match, caseless: boolean): (el: XmlElement) => boolean {
  if (typeof match === 'function') return match;
  const names = (typeof match === 'string' ? [match] : match).map((n) => (caseless ? n.toLowerCase() : n));
  return caseless ? (el) => names.includes(el.name.toLowerCase()) : (el) => names.includes(el.name);
}

export interface FindOptions {
  /** Compare names case-insensitively (SGML). */
  caseless?: boolean;
  /** Do not look inside elements that match this (a nested record, a skipped section). */
  stopAt?: Match;
}

/** Element children, optionally only those matching. */
export function kids(el: XmlElement, match?: Match, options: FindOptions = {}): XmlElement[] {
  const test = match === undefined ? () => true : matcher(match, options.caseless ?? false);
  return el.children.filter((c): c is XmlElement => c.kind === 'element' && test(c));
}

export function kid(el: XmlElement, match: Match, options: FindOptions = {}): XmlElement | null {
  return kids(el, match, options)[0] ?? null;
}

/** Every descendant matching, in document order (not `el` itself). */
export function findAll(el: XmlElement, match: Match, options: FindOptions = {}): XmlElement[] {
  const test = matcher(match, options.caseless ?? false);
  const stop = options.stopAt === undefined ? null : matcher(options.stopAt, options.caseless ?? false);
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [...el.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    if (test(node)) out.push(node);
    if (stop?.(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

export function find(el: XmlElement, match: Match, options: FindOptions = {}): XmlElement | null {
  return findAll(el, match, options)[0] ?? null;
}

/** All the text inside `el`, whitespace runs collapsed to one space, trimmed. */
export function textOf(el: XmlElement | null | undefined, options: FindOptions = {}): string {
  if (!el) return '';
  const stop = options.stopAt === undefined ? null : matcher(options.stopAt, options.caseless ?? false);
  const parts: string[] = [];
  const stack: XmlNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'text') {
      parts.push(node.text);
      continue;
    }
    if (node !== el && stop?.(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return collapse(parts.join(''));
}

/** All the text inside `el` as written (line breaks and indentation kept), leaving out `skip`ped elements. */
export function rawTextOf(el: XmlElement, skip?: (el: XmlElement) => boolean): string {
  const parts: string[] = [];
  const stack: XmlNode[] = [...el.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'text') parts.push(node.text);
    else if (!skip?.(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('');
}

/** Text of the first descendant matching, or null when it is absent or empty. */
export function textAt(el: XmlElement, match: Match, options: FindOptions = {}): string | null {
  return textOf(find(el, match, options)) || null;
}

export function attr(el: XmlElement | null | undefined, ...names: string[]): string | null {
  if (!el) return null;
  for (const name of names) {
    const v = el.attrs[name]?.trim();
    if (v) return v;
  }
  return null;
}

const SPACES = /[ \t\n\r\f\v]+/g;

export function collapse(text: string): string {
  return text.replace(SPACES, ' ').trim();
}
