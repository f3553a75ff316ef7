/** Output folders compared file by file, as the byte-for-byte tests do. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as sorted relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Paths whose bytes differ between two output folders (or exist in one only). */
export function differences(a: string, b: string): string[] {
  const fa = listFiles(a);
  const fb = listFiles(b);
  const out = [...fa.filter((f) => !fb.includes(f)), ...fb.filter((f) => !fa.includes(f))];
  for (const f of fa) if (fb.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(f);
  return out;
}
