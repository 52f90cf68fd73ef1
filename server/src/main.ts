import { readFileSync } from 'node:fs';
import { checkNodeVersion } from './platform/node-version.js';

// Checked before anything else loads: on an older Node the ORM's modules fail to link with an
// error that names no version, after the embedded database has been started.
const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
const check = checkNodeVersion(process.versions.node, engines.node);
if (!check.ok) {
  process.stderr.write(`${check.message}\n`);
  process.exit(1);
}
await import('./start.js');
