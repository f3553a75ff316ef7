/**
 * Fixture runner: every folder `tests/fixtures/<stage>/<case>/` holds an input file and the
 * expected output beside it. `UPDATE=1` rewrites the expected files, so a change shows up in review
 * as a diff of reviewable text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The case folders of one stage, sorted. */
export function fixtureCases(stage: string): string[] {
  const dir = join(FIXTURES, stage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Stable JSON for goldens: 2-space indent, trailing newline. */
export function toGolden(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * Register one test per case of `stage`: `run` gets the case's `input` file (a name, or a function of the case folder) (read as UTF-8, or as
 * bytes when `binary`) and returns the value compared with `expected.json`.
 */
export function runFixtures(
  stage: string,
  run: (input: string, caseDir: string) => unknown,
  options: { input?: string | ((caseDir: string) => string) } = {},
): void {
  for (const name of fixtureCases(stage)) {
    test(`${stage} fixture: ${name}`, () => {
      const dir = join(FIXTURES, stage, name);
      const inputName = typeof options.input === 'function' ? options.input(dir) : (options.input ?? 'input.txt');
      const actual = toGolden(run(readFileSync(join(dir, inputName), 'utf8'), dir));
      const expectedPath = join(dir, 'expected.json');
      if (process.env.UPDATE === '1') writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
}
