/**
 * What a page's own markup calls its parts: the words of `class` and `id` attributes that content
 * systems use, across outlets and themes, for the reader comments under a story (WordPress
 * `comment-list`, Disqus `disqus_thread`, `#comments`, `kommentare`) and for video players
 * (`video-resource`, `cnnplayer`, `jwplayer`, video.js `vjs-`). Words, not phrases: an
 * attribute is cut into its words (`sf_comment_list` → sf, comment, list; `commentList` →
 * comment, list) and a word must match whole.
 */
import type { Element } from 'domhandler';

/** A part of a page that markup names: a comment thread, a player (a video's title and teaser). */
export type NamedPart = 'comments' | 'media';

/** Words of class and id attributes, per language, that name a part of the page. */
export const PART_NAMES: readonly { readonly word: string; readonly part: NamedPart }[] = [
  { word: 'comment', part: 'comments' },
  { word: 'comments', part: 'comments' },
  { word: 'commentlist', part: 'comments' },
  { word: 'commentslist', part: 'comments' },
  { word: 'disqus', part: 'comments' },
  { word: 'kommentar', part: 'comments' },
  { word: 'kommentare', part: 'comments' },
  { word: 'commentaire', part: 'comments' },
  { word: 'commentaires', part: 'comments' },
  { word: 'comentario', part: 'comments' },
  { word: 'comentarios', part: 'comments' },
  { word: 'commenti', part: 'comments' },
  { word: 'reacties', part: 'comments' },
  { word: 'video', part: 'media' },
  { word: 'videos', part: 'media' },
  { word: 'vid', part: 'media' },
  { word: 'player', part: 'media' },
  { word: 'playlist', part: 'media' },
  { word: 'jwplayer', part: 'media' },
  { word: 'vjs', part: 'media' },
] as const;

const PART_OF_WORD = new Map<string, NamedPart>(PART_NAMES.map((n) => [n.word, n.part]));
/** Attributes longer than this are not names (inline data, generated styles). */
const MAX_ATTRIBUTE = 300;
const NAMED = new WeakMap<Element, NamedPart | null>();

/** The words of a class or id attribute, lower case: `sf_comment_list`, `commentList` → sf comment list, comment list. */
export function attributeWords(value: string): string[] {
  return value
    .slice(0, MAX_ATTRIBUTE)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The part of the page an element's class or id names, or null. */
export function namedPart(el: Element): NamedPart | null {
  let part = NAMED.get(el);
  if (part === undefined) {
    part = null;
    const attribs = el.attribs ?? {};
    for (const w of attributeWords(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) {
      part = PART_OF_WORD.get(w) ?? null;
      if (part) break;
    }
    NAMED.set(el, part);
  }
  return part;
}
