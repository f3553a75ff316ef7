/** Reading a CPU profile (`node --cpu-prof`) into its top functions by self time. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file:line), in percent of the samples. */
export function topFunctions(path: string, root: string, n = 15): { fn: string; where: string; self_pct: number }[] {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byNode = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const node = byNode.get(id)!;
    const dt = p.timeDeltas[i] ?? 0;
    const cf = node.callFrame;
    const file = cf.url.startsWith('file:') ? relative(root, fileURLToPath(cf.url)) : cf.url.startsWith('/') ? relative(root, cf.url) : cf.url;
    const where = file ? `${file.replace(/^.*\/(node_modules\/)/, '$1')}:${cf.lineNumber + 1}` : '(native)';
    // A regular expression's "function name" is its whole source: its start is enough to find it.
    const name = cf.functionName || '(anonymous)';
    const key = `${name.length > 90 ? `${name.slice(0, 90)}…` : name}\t${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => {
      const [fn, where] = k.split('\t') as [string, string];
      return { fn, where, self_pct: Math.round((v / total) * 1000) / 10 };
    });
}

