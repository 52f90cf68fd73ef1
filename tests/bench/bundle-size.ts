/**
 * What a first visit to the sign-in page downloads, gzip-compressed: the entry script with its
 * static imports and styles, plus the sign-in page's own chunk (pages load on first visit).
 * Reads the build's manifest; run `pnpm --filter @hub/web build` first.
 *
 *   pnpm --filter @hub/tests exec tsx bench/bundle-size.ts [web/dist]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type Chunk = { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };

const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../../web/dist'));
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
const login = Object.keys(manifest).find((key) => key.endsWith('pages/LoginPage.vue'));
const chunks = closure([entry, ...(login ? [login] : [])]);
const files = new Set<string>(['index.html']);
for (const key of chunks) {
  files.add(manifest[key]!.file);
  for (const css of manifest[key]!.css ?? []) files.add(css);
}

let raw = 0;
let gzip = 0;
const rows = [...files].map((file) => {
  const bytes = readFileSync(path.join(dist, file));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  return { file, kB: (bytes.length / 1024).toFixed(1), gzipKB: (zipped / 1024).toFixed(1) };
});
console.table(rows);
console.log(`sign-in page, first visit: ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (${files.size} files)`);
