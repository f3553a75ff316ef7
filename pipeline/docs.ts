/** `make docs`: rewrite the README's data dictionary from the schemas (between its markers). */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataDictionary } from '../schemas/index.js';

const path = process.argv[2] ?? 'README.md';
const readme = readFileSync(path, 'utf8');
const next = readme.replace(/(<!-- data-dictionary:start -->\n)[\s\S]*?(<!-- data-dictionary:end -->)/, `$1${dataDictionary()}$2`);
writeFileSync(path, next);
process.stderr.write(next === readme ? 'docs: README.md data dictionary already current\n' : 'docs: README.md data dictionary rewritten\n');
