/**
 * Addresses behind redirect and feed wrappers. A news aggregator's redirect carries the target
 * in a query parameter (`...?sa=t&url=https://outlet/story`); a feed proxy's tracking address
 * (`/~r/feed/~3/ID/story.htm`) does not, so it stays as written.
 */

/** Query parameters redirect services put the target address in. */
const TARGET_PARAMS = ['url', 'u', 'q', 'target', 'dest', 'destination', 'redirect', 'redirect_url', 'to', 'link'] as const;

function unwrapTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const p of TARGET_PARAMS) {
    const v = parsed.searchParams.get(p);
    if (v && /^https?:\/\/[^/]+\.[^/]+/i.test(v)) return v;
  }
  return null;
}

/** The address a wrapper points to (unwrapped twice at most), or the address itself when it is not a recoverable wrapper. */
export function unwrapUrl(url: string): string {
  let current = url;
  for (let i = 0; i < 2; i++) {
    const target = unwrapTarget(current);
    if (!target) break;
    current = target;
  }
  return current;
}
