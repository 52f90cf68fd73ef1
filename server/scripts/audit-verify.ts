/**
 * Checks every audit chain (`pnpm audit:verify`), as the application role (DATABASE_URL): prints
 * each chain's length and head hash, names the first broken link of a broken chain, and exits 1
 * when any chain is broken.
 */
import 'reflect-metadata';
import { verifyAuditChains } from '../src/modules/audit/audit-chain.js';
import { PLATFORM_CHAIN } from '../src/modules/audit/audit-entry.entity.js';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('usage: DATABASE_URL=postgres://app@host/db audit-verify\n');
  process.exit(2);
}
const reports = await verifyAuditChains(url);
let broken = 0;
let entries = 0;
for (const report of reports) {
  entries += report.entries;
  const name = report.chainId === PLATFORM_CHAIN ? 'platform' : `hub ${report.chainId}`;
  if (report.firstBreak) {
    broken += 1;
    const { position, entryId, reason } = report.firstBreak;
    process.stdout.write(`BROKEN  ${name}: first broken link at position ${position}${entryId ? ` (entry ${entryId})` : ''}: ${reason}\n`);
  } else {
    process.stdout.write(`ok      ${name}: ${report.entries} entries, head ${report.headHash ?? '(empty)'}\n`);
  }
}
process.stdout.write(`${reports.length} chains, ${entries} entries, ${broken} broken\n`);
process.exitCode = broken ? 1 : 0;
