/**
 * Compares two V8 heap snapshots written by fanout.ts --heap-snapshots: what grew between them,
 * by constructor (object type and name), as count and self size, and per socket.
 *
 *   pnpm exec tsx bench/heap-summary.ts <before.heapsnapshot> <after.heapsnapshot> <sockets> [top]
 */
import { readFileSync } from 'node:fs';

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
};

const [beforeFile, afterFile, socketsArg, topArg] = process.argv.slice(2);
if (!beforeFile || !afterFile || !socketsArg) {
  process.stderr.write('usage: heap-summary <before.heapsnapshot> <after.heapsnapshot> <sockets> [top]\n');
  process.exit(2);
}
const sockets = Number(socketsArg);
const top = Number(topArg ?? 40);

function tally(file: string): Map<string, { count: number; size: number }> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!]!;
    let name = snap.strings[snap.nodes[i + nameAt]!]!;
    // Strings and code are grouped by kind; objects and closures by constructor / function name.
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number' || type === 'code') name = '';
    if (name.length > 60) name = `${name.slice(0, 57)}...`;
    const key = `${type}${name ? ` ${name}` : ''}`;
    const entry = out.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snap.nodes[i + sizeAt]!;
    out.set(key, entry);
  }
  return out;
}

const before = tally(beforeFile);
const after = tally(afterFile);
const rows = [...after].map(([key, a]) => {
  const b = before.get(key) ?? { count: 0, size: 0 };
  return { key, count: a.count - b.count, size: a.size - b.size };
});
const grown = rows.reduce((sum, r) => sum + r.size, 0);
process.stdout.write(`heap self size grew by ${(grown / 2 ** 20).toFixed(1)} MiB = ${(grown / sockets / 1024).toFixed(1)} KB per socket (${sockets} sockets)\n\n`);
process.stdout.write('  KB/socket  objects/socket  type and constructor\n');
for (const r of rows.sort((x, y) => y.size - x.size).slice(0, top)) {
  process.stdout.write(`  ${(r.size / sockets / 1024).toFixed(2).padStart(9)}  ${(r.count / sockets).toFixed(1).padStart(14)}  ${r.key}\n`);
}
