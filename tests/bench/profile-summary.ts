/**
 * Summarises a V8 .cpuprofile written by fanout.ts --profile: self time by package (or server
 * module, or Node internals) and the functions with the most self time.
 *
 *   pnpm exec tsx bench/profile-summary.ts /tmp/hub-bench/profiles/server-10000x1-4610.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: profile-summary <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

// Self time per node: each sample's time delta goes to the node it landed in.
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

function bucket(node: Node): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native / V8 builtins)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (pkg) return pkg[1]!;
  const server = /server\/src\/(modules\/[^/]+|[^/]+)/.exec(url);
  if (server) return `server/src/${server[1]}`;
  return url;
}

const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/**
 * The package a sample's time is charged to when native code, V8 builtins and Node internals are
 * charged to the nearest JavaScript caller from a package or the server: writev under ws's
 * sender counts as ws, a builtin called by graphql as graphql. GC, idle and program stay apart.
 */
function owner(id: number): string {
  const leaf = bucket(byId.get(id)!);
  if (leaf.startsWith('(') && leaf !== '(native / V8 builtins)') return leaf;
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const b = bucket(byId.get(at)!);
    if (!b.startsWith('(') && !b.startsWith('node:')) return b;
  }
  return leaf;
}

/** Fan-out: delivering events to subscribers. Writes: handling the publishing mutations. */
const FAN_OUT = new Set(['graphql', 'graphql-ws', '@repeaterjs/repeater', '@graphql-yoga/subscription', 'type-graphql', 'ws', 'server/src/modules/live', 'graphql-scalars']);
const WRITES = /^(@mikro-orm\/|pg|kysely|express|body-parser|raw-body|router|negotiator|content-type|@apollo\/server|@as-integrations\/|server\/src\/(?!modules\/live)|postgres-|dataloader|cookie|accepts|type-is|mime|on-finished|finalhandler|send|qs)/;

const byOwner = new Map<string, number>();
for (const [id, us] of self) {
  const o = owner(id);
  byOwner.set(o, (byOwner.get(o) ?? 0) + us);
}
const groups = new Map<string, number>();
for (const [o, us] of byOwner) {
  const group = o.startsWith('(') ? o : FAN_OUT.has(o) ? 'fan-out (graphql-ws, graphql execute, type-graphql, repeater, pubsub, ws, live)' : WRITES.test(o) ? 'mutations (HTTP, Apollo, MikroORM, pg)' : 'other';
  groups.set(group, (groups.get(group) ?? 0) + us);
}

const byBucket = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, us] of self) {
  const node = byId.get(id)!;
  const b = bucket(node);
  byBucket.set(b, (byBucket.get(b) ?? 0) + us);
  const where = node.callFrame.url ? `${node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/main\//, '')}:${node.callFrame.lineNumber + 1}` : '';
  const key = `${node.callFrame.functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const wall = (profile.endTime - profile.startTime) / 1e6;
process.stdout.write(`profile: ${wall.toFixed(1)} s wall, ${(total / 1e6).toFixed(1)} s sampled\n\nself time by package / module:\n`);
for (const [name, us] of [...byBucket].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${pct(us)}  ${name}\n`);
process.stdout.write(`\ntime charged to the nearest package up the stack (native code and Node internals to their caller):\n`);
for (const [name, us] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${pct(us)}  ${name}\n`);
process.stdout.write(`\nthe same, grouped (graphql execution of the mutations themselves is counted under fan-out):\n`);
for (const [name, us] of [...groups].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${pct(us)}  ${name}\n`);
process.stdout.write(`\nfunctions with the most self time:\n`);
for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${pct(us)}  ${name}\n`);
