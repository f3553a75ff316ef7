/**
 * Publishing an output folder safely: what `--out` may replace, a lock against a second run on
 * the same folder, and a swap that a crash or a signal cannot turn into a lost folder.
 *
 * `--out` replaces only a folder that is absent, empty, or a previous output of this program
 * (recognised by the marker file every output carries). Files are written into a temporary
 * sibling `.NAME.tmp-PID`; the old folder is renamed to `.NAME.old-PID` and the new one into
 * place. A run that dies between the two renames leaves `.NAME.old-PID` behind, and the next run
 * on that folder puts it back before it does anything else; leftovers of dead runs are removed.
 */
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { renameSync, rmSync, unlinkSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** The file every output folder carries: it is what lets a later run replace the folder. */
export const OUTPUT_MARKER = '.reportage-output';
export const OUTPUT_MARKER_TEXT =
  'This folder is written by reportage. Each run replaces all of it; do not keep other files here.\n';

/** Files a reportage output folder held before the marker existed (0.1 releases). */
const LEGACY_NAMES = /^(?:[a-z_]+\.(?:csv|json|arrow|parquet)|schema|site|CHANGES\.md)$/;

/** Is `child` the same path as `parent`, or inside it? Both absolute and resolved. */
function within(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for a folder yet to be made). */
async function realish(p: string): Promise<string> {
  const abs = resolve(p);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    if (parent === abs) return abs;
    return join(await realish(parent), basename(abs));
  }
}

/** Why `outDir` may not be written, or null when it may. Checks everything that can be checked before a run. */
export async function refuseOutput(outDir: string, options: { inDir?: string; cwd?: string } = {}): Promise<string | null> {
  if (!outDir.trim()) return 'the output folder is empty (`--out ""`): give a folder to write to';
  const out = await realish(outDir);
  const cwd = await realish(options.cwd ?? process.cwd());
  if (dirname(out) === out) return `the output folder ${outDir} is the root of the file system`;
  if (within(cwd, out)) return `the output folder ${outDir} is the working directory or holds it: replacing it would delete it`;
  if (options.inDir !== undefined) {
    const input = await realish(options.inDir);
    if (within(input, out)) return `the output folder ${outDir} is the input folder or holds it: replacing it would delete the input`;
    if (within(out, input)) return `the output folder ${outDir} is inside the input folder ${options.inDir}: it would be read as input`;
  }
  return refuseExisting(outDir, out);
}

/** An existing path may be replaced only when it is an empty folder or an earlier output. */
async function refuseExisting(outDir: string, out: string): Promise<string | null> {
  let info;
  try {
    info = await lstat(out);
  } catch {
    return null;
  }
  if (info.isSymbolicLink()) return `the output path ${outDir} is a symbolic link: give the folder itself`;
  if (!info.isDirectory()) return `the output path ${outDir} is a file, not a folder: it is not replaced`;
  const names = await readdir(out);
  if (names.length === 0 || names.includes(OUTPUT_MARKER)) return null;
  if (await isLegacyOutput(out, names)) return null;
  return `the output folder ${outDir} holds files that reportage did not write (no ${OUTPUT_MARKER} marker): it is not replaced; give an empty or new folder`;
}

/** A folder written before the marker: a reportage datapackage.json and nothing but output files. */
async function isLegacyOutput(dir: string, names: string[]): Promise<boolean> {
  if (!names.includes('datapackage.json') || !names.every((n) => LEGACY_NAMES.test(n))) return false;
  try {
    const pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as { name?: unknown };
    return pkg.name === 'reportage';
  } catch {
    return false;
  }
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Recovery {
  restored: string | null;
  removed: string[];
}

/**
 * Undo what a killed run left beside `outDir`: a previous output set aside (`.NAME.old-PID`) is put
 * back when the folder is missing, and removed otherwise; unfinished `.NAME.tmp-PID` folders of
 * dead processes are removed. Folders of a live process are left alone.
 */
export async function recoverOutput(outDir: string): Promise<Recovery> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const name = basename(target);
  const result: Recovery = { restored: null, removed: [] };
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return result;
  }
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  const leftovers = entries
    .map((e) => ({ e, m: pattern.exec(e) }))
    .filter((x): x is { e: string; m: RegExpExecArray } => x.m !== null && !pidAlive(Number(x.m[2])));
  // Put a set-aside output back first, so that the output path is never left missing.
  for (const { e, m } of leftovers) {
    if (m[1] !== 'old') continue;
    if (!existsSync(target) && result.restored === null) {
      await rename(join(parent, e), target);
      result.restored = e;
    } else {
      await rm(join(parent, e), { recursive: true, force: true });
      result.removed.push(e);
    }
  }
  for (const { e, m } of leftovers) {
    if (m[1] !== 'tmp') continue;
    await rm(join(parent, e), { recursive: true, force: true });
    result.removed.push(e);
  }
  return result;
}

/** Hold `.NAME.lock` beside the output folder for the duration of `f`; a lock of a dead process is taken over. */
async function withLock<T>(target: string, f: () => Promise<T>): Promise<T> {
  const lock = join(dirname(target), `.${basename(target)}.lock`);
  for (let attempt = 0; ; attempt++) {
    try {
      const h = await open(lock, 'wx');
      await h.writeFile(String(process.pid));
      await h.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
      const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (pidAlive(holder)) throw new Error(`another reportage run (pid ${holder}) is publishing to ${target}; try again when it has finished`);
      await rm(lock, { force: true });
    }
  }
  try {
    return await f();
  } finally {
    await rm(lock, { force: true });
  }
}

/** What a signal must undo, while a publish is under way. */
interface InFlight {
  target: string;
  tmp: string;
  old: string;
  lock: string;
}
let inFlight: InFlight | null = null;

/** Synchronous clean-up for SIGINT/SIGTERM: the previous output back in place, no debris. */
function cleanUpNow(): void {
  const f = inFlight;
  if (!f) return;
  try {
    if (!existsSync(f.target) && existsSync(f.old)) renameSync(f.old, f.target);
  } catch {
    /* the next run restores it */
  }
  rmSync(f.tmp, { recursive: true, force: true });
  try {
    unlinkSync(f.lock);
  } catch {
    /* already gone */
  }
}

/** While a publish is under way (and only then), SIGINT/SIGTERM undo it before the process ends. */
function onSignal(signal: NodeJS.Signals): void {
  cleanUpNow();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function guardSignals(on: boolean): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}

/** Writes one file into the folder being built (its path checked to stay inside). */
export type WriteFile = (path: string, content: Iterable<Uint8Array> | Uint8Array) => Promise<void>;

/**
 * Make the whole content of `outDir` with `build`, which writes into the folder it is given (or
 * through `write`): refused (with the reason) unless `outDir` may be replaced; otherwise built
 * beside it, with the marker, and swapped in once `build` has finished. Throws on refusal.
 */
export async function publishFolder(
  outDir: string,
  build: (dir: string, write: WriteFile) => Promise<void>,
  options: { inDir?: string } = {},
): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  await withLock(target, async () => {
    await recoverOutput(target);
    const refusal = await refuseOutput(outDir, options);
    if (refusal) throw new OutputRefused(refusal);
    const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
    const old = join(parent, `.${basename(target)}.old-${process.pid}`);
    inFlight = { target, tmp, old, lock: join(parent, `.${basename(target)}.lock`) };
    guardSignals(true);
    try {
      await rm(tmp, { recursive: true, force: true });
      await mkdir(tmp, { recursive: true });
      await writeFile(join(tmp, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
      await build(tmp, (path, content) => writeInto(tmp, path, content));
      await rm(old, { recursive: true, force: true });
      try {
        await rename(target, old);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      await rename(tmp, target);
      await rm(old, { recursive: true, force: true });
    } catch (e) {
      if (!existsSync(target) && existsSync(old)) await rename(old, target);
      await rm(tmp, { recursive: true, force: true });
      throw e;
    } finally {
      inFlight = null;
      guardSignals(false);
    }
  });
}

async function writeInto(tmp: string, path: string, content: Iterable<Uint8Array> | Uint8Array): Promise<void> {
  if (path === OUTPUT_MARKER) return;
  const to = join(tmp, path);
  if (!within(resolve(to), tmp) || to === tmp) throw new Error(`refusing to write ${path} outside the output folder`);
  await mkdir(dirname(to), { recursive: true });
  const handle = await open(to, 'w');
  try {
    if (content instanceof Uint8Array) await handle.write(content);
    else for (const chunk of content) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

/** `--out` names a path that must not be replaced. */
export class OutputRefused extends Error {
  override name = 'OutputRefused';
}
