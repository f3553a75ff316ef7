/**
 * Who comments on events rather than taking part in them (journalists, analysts, scholars, media
 * outlets): their words and verdicts are no event of the news.
 */
import type { ArticleContext } from './draft.js';

const COMMENTATOR = /\b(?:producer|correspondent|reporter|journalist|analyst|editor|columnist|commentator|expert|professor|researcher|academic|author|writer|historian|economist|strategist|pollster|scientist|lecturer|blogger|fellow|scholar|pundit)\b/i;

// Outlets explain and report; their words are no position taken (`as The New York Times explains`).
const MEDIA_OUTLET = /\b(?:Times|Post|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|Observer|Chronicle|Magazine|Newsweek|Reuters|Bloomberg|Associated Press|AFP|CNN|BBC|NBC|CBS|ABC|Fox News|Al Jazeera|Xinhua|Interfax|Kyodo|Yonhap|TASS)\b/;

/** `shipping analysts Harbourstat welcomed`: a body named after the commentators it is. */
const COMMENTATOR_BODY = /\b(?:analysts|economists|experts|commentators|pundits|pollsters|researchers|consultants)\s+(?:at\s+|from\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*\s*$/u;

// Those whose acts too are comment (`Analyst X welcomed the move`); an author, producer or scientist acts in the news as anyone.
const PROFESSIONAL_COMMENTATOR = /\b(?:correspondent|reporter|journalist|analyst|editor|columnist|commentator|expert|strategist|pollster|blogger|pundit|economist)\b/i;

/** Names of the article's commentators, found in one pass over its people (a lookup per speaker, not a scan). */
const commentatorsOf = new WeakMap<ArticleContext, { words: Set<string>; acts: Set<string> }>();

/** `X of Harbour Trade Magazine`, `X, from the Daily Herald`: someone named with an outlet writes about the news. */
function ofOutlet(text: string, end: number): boolean {
  const m = /^,?\s+(?:of|from|at|with)\s+((?:the\s+)?\p{Lu}[^,.;:()]{0,48})/u.exec(text.slice(end, end + 60));
  return !!m && MEDIA_OUTLET.test(m[1]!);
}

/** Is the speaker `name` a commentator of the article (an outlet, or a person titled or placed as one)? */
export function commentator(ctx: ArticleContext, name: string): boolean {
  return MEDIA_OUTLET.test(name) || commentatorsIn(ctx).words.has(name);
}

/** Is the actor `name` one whose acts are comment too (an outlet, an analyst, a journalist)? */
export function professionalCommentator(ctx: ArticleContext, name: string): boolean {
  return MEDIA_OUTLET.test(name) || commentatorsIn(ctx).acts.has(name);
}

function commentatorsIn(ctx: ArticleContext): { words: Set<string>; acts: Set<string> } {
  let found = commentatorsOf.get(ctx);
  if (!found) {
    found = { words: new Set(), acts: new Set() };
    for (const p of ctx.people.list) {
      const outlet = ofOutlet(ctx.text, p.end);
      if ((p.title && COMMENTATOR.test(p.title)) || outlet) found.words.add(p.fullName).add(p.name);
      if ((p.title && PROFESSIONAL_COMMENTATOR.test(p.title)) || outlet) found.acts.add(p.fullName).add(p.name);
    }
    commentatorsOf.set(ctx, found);
  }
  return found;
}

/** Does a subject's text end in a body named after commentators (`Shipping analysts Harbourstat`)? */
export function commentatorBody(subject: string): boolean {
  return COMMENTATOR_BODY.test(subject);
}
