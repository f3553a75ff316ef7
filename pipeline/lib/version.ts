/** The package version, read from package.json whether running from source or from dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function findPackageJson(): string {
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 4; i++) {
    dir = new URL('..', dir);
    const candidate = fileURLToPath(new URL('package.json', dir));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('package.json not found');
}

export const PACKAGE_JSON_PATH = findPackageJson();
export const PACKAGE_VERSION = (JSON.parse(readFileSync(PACKAGE_JSON_PATH, 'utf8')) as { version: string }).version;
