/**
 * Addresses as feeds and crawlers give them: redirect wrappers unwrapped to the article's own
 * address, the wrappers kept as other addresses of the same report (for deduplication).
 *
 * A wrapper is recognised by its shape, not by a list of sites: a query parameter whose value is
 * itself an absolute address (`news.google.com/news/url?...&url=https://...`, `l.php?u=...`,
 * `url?q=...`), or an address embedded in the path (`web.archive.org/web/2016.../https://...`,
 * `proxy.example/http%3A%2F%2F...`). A feed proxy whose path keeps nothing of the original
 * (FeedBurner's `/~r/feed/~3/id/story01.htm`) cannot be unwrapped and is kept as it is.
 */

/**
 * Query parameters that carry the target of a redirect. Names that pages also use for other
 * addresses (`ref`, `r`, `source`: where the reader came from) are left out.
 */
const TARGET_PARAMS = ['url', 'u', 'q', 'link', 'target', 'dest', 'destination', 'redirect', 'redirect_url', 'redirect_uri', 'goto'] as const;
const ABSOLUTE = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+/i;
const EMBEDDED = /\/(https?(?::|%3A)(?:\/|%2F){2}.+)$/i;
/** Wrappers inside wrappers, at most this deep. */
const MAX_DEPTH = 4;

export interface UnwrappedUrl {
  /** The article's own address. */
  url: string;
  /** The wrappers it was found in, outermost first. */
  wrappers: string[];
}

/** Entities that feeds leave in addresses (`&amp;`, `&#038;`). */
function decodeAmpersands(url: string): string {
  return url.replace(/&(?:amp|#0*38|#x0*26);/gi, '&');
}

/** The address `url` wraps, or null when it is not a wrapper. */
function innerUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const name of TARGET_PARAMS) {
    const value = parsed.searchParams.get(name);
    if (value && ABSOLUTE.test(value.trim())) return value.trim();
  }
  const embedded = EMBEDDED.exec(parsed.pathname + parsed.search);
  if (embedded) {
    try {
      const target = decodeURIComponent(embedded[1]!);
      if (ABSOLUTE.test(target)) return target;
    } catch {
      return null;
    }
  }
  return null;
}

/** Unwrap `url` (see the module note); an address that is not a wrapper comes back as it is. */
export function unwrapUrl(url: string): UnwrappedUrl {
  let current = decodeAmpersands(url.trim());
  const wrappers: string[] = [];
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const inner = innerUrl(current);
    if (!inner || inner === current) break;
    wrappers.push(current);
    current = decodeAmpersands(inner);
  }
  return { url: current, wrappers };
}
