/**
 * The framing of a cache entry on disk: a magic line naming the entry's kind and version, the
 * SHA-256 of the payload, the payload. A truncated, foreign or damaged file reads back as null, so
 * a cache can only ever be a shortcut.
 */
import { hash } from 'node:crypto';

const HASH_BYTES = 32;

/** The bytes to write for `payload`. */
export function frameEntry(magic: Buffer, payload: Uint8Array): Buffer {
  return Buffer.concat([magic, hash('sha256', payload, 'buffer'), payload]);
}

/** The payload of a whole, well-formed entry of this kind (a view into `bytes`), or null. */
export function unframeEntry(magic: Buffer, bytes: Buffer): Buffer | null {
  if (bytes.length < magic.length + HASH_BYTES || !bytes.subarray(0, magic.length).equals(magic)) return null;
  const payload = bytes.subarray(magic.length + HASH_BYTES);
  // One-shot hash: no Hash object per entry.
  return hash('sha256', payload, 'buffer').equals(bytes.subarray(magic.length, magic.length + HASH_BYTES)) ? payload : null;
}
