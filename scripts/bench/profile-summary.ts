/**
 * Summarises `.cpuprofile` files written by `node --cpu-prof`: self time per function
 * (name, file:line), grouped, top N. Used to read the profiles `bench:compare --profile`
 * records of the Accord process.
 *
 *   node --import @swc-node/register/esm-register scripts/bench/profile-summary.ts <file.cpuprofile> [--top 15]
 */
import { readFile } from 'node:fs/promises';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** A profile's nodes with their self time (µs, from the samples), and the total. */
async function selfTimes(file: string): Promise<{ nodes: Node[]; self: Map<number, number>; total: number }> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return { nodes: profile.nodes, self, total: [...self.values()].reduce((a, b) => a + b, 0) };
}

export async function summarise(file: string, top = 15): Promise<{ name: string; share: number }[]> {
  const profile = await selfTimes(file);
  const { self, total } = profile;
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id);
    if (!t) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? `${url
          .replace(/^file:\/\//, '')
          .replace(/^.*node_modules\//, '')
          .replace(process.cwd() + '/', '')}:${lineNumber + 1}`
      : '';
    const name = `${functionName || '(anonymous)'} ${where}`.trim();
    byName.set(name, (byName.get(name) ?? 0) + t);
  }
  return [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => ({ name, share: t / total }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: profile-summary.ts <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  const grouped = process.argv.includes('--packages');
  for (const { name, share } of grouped
    ? (await byPackage(file)).slice(0, 25)
    : await summarise(file, i > 0 ? Number(process.argv[i + 1]) : 15)) {
    console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
}

/** Self time grouped by package (node_modules/<pkg>), Accord's own code, Node internals, GC and idle. */
export async function byPackage(file: string): Promise<{ name: string; share: number }[]> {
  const profile = await selfTimes(file);
  const { self, total } = profile;
  const groups = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id);
    if (!t) continue;
    const { functionName, url } = node.callFrame;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const group =
      pkg ??
      (url.includes('/dist/src/') || url.includes('/src/')
        ? 'accord'
        : url.startsWith('node:')
          ? 'node'
          : functionName.startsWith('(')
            ? functionName
            : `native ${functionName}`);
    groups.set(group, (groups.get(group) ?? 0) + t);
  }
  return [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([name, t]) => ({ name, share: t / total }));
}
