/** Scanning text in the hot loops by character code, where a regex per match would cost more than the work. */

/** A piece of text and where it is. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * The pieces of `run` between spaces and no-break spaces (what `/[^ \u00a0]+/gu` matches), with
 * offsets from `at`.
 */
export function spaceSeparated(run: string, at: number): Piece[] {
  const pieces: Piece[] = [];
  let s = -1;
  for (let i = 0; i <= run.length; i++) {
    const c = i < run.length ? run.charCodeAt(i) : 0x20;
    if (c !== 0x20 && c !== 0xa0) {
      if (s < 0) s = i;
    } else if (s >= 0) {
      pieces.push({ text: run.slice(s, i), start: at + s, end: at + i });
      s = -1;
    }
  }
  return pieces;
}
