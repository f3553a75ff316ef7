/**
 * Killed runs: SIGKILL at random moments of a run leaves the output folder complete (the previous
 * output, or the new one if the kill came after the swap), and the next run removes the debris.
 * `CRASH_KILLS=30 CRASH_FILES=2000 npx vitest run tests/crash.test.ts` runs the full campaign;
 * by default it is 5 kills over 200 files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeCorpus } from '../pipeline/bench/synthetic.js';
import { prng } from '../pipeline/bench/synthetic.js';
import { checkOut } from '../pipeline/check.js';
import { OUTPUT_MARKER } from '../pipeline/emit.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/pipeline/cli.js');
const KILLS = Number(process.env.CRASH_KILLS ?? 5);
const FILES = Number(process.env.CRASH_FILES ?? 200);

const args = (inDir: string, out: string) => [CLI, '--in', inDir, '--out', out, '--no-cache', '--workers', '2'];

describe.skipIf(!existsSync(CLI))('SIGKILL during a run', () => {
  test(`${KILLS} kills at random moments leave a complete output and, after the next start, no debris`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-crash-'));
    const inDir = join(dir, 'in');
    const out = join(dir, 'out');
    writeCorpus(inDir, FILES, 3);
    const t0 = performance.now();
    expect(spawnSync(process.execPath, args(inDir, out)).status).toBe(0);
    const runMs = performance.now() - t0;
    const first = readFileSync(join(out, 'datapackage.json'), 'utf8');
    const r = prng(KILLS * 7919 + FILES);
    for (let k = 0; k < KILLS; k++) {
      const child = spawn(process.execPath, args(inDir, out), { stdio: 'ignore' });
      const exited = new Promise((done) => child.on('exit', done));
      // Most kills land in the analysis; the last third of the window covers rendering and the swap.
      await new Promise((done) => setTimeout(done, r() * runMs * 1.1));
      child.kill('SIGKILL');
      await exited;
      // Whatever the moment, a complete output is in place, or set aside for the next start ...
      const present = existsSync(join(out, OUTPUT_MARKER)) || readdirSync(dir).some((e) => e.startsWith('.out.old-'));
      expect(present, `kill ${k}: the output folder and its set-aside copy are both gone`).toBe(true);
    }
    // ... and the next run puts back what was set aside, removes the rest, and publishes.
    expect(spawnSync(process.execPath, args(inDir, out)).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
    expect(readFileSync(join(out, 'datapackage.json'), 'utf8')).toBe(first);
    expect(checkOut(out)).toEqual([]);
  });
});
