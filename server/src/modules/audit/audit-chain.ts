import pg from 'pg';
import { PLATFORM_CHAIN, auditDigestSql } from './audit-entry.entity.js';

/** How an entry breaks its chain. */
export type ChainBreakReason =
  /** Its content no longer gives its hash: the entry was changed. */
  | 'CHANGED'
  /** It does not point at the entry before it: an entry was inserted, or one before changed. */
  | 'UNLINKED'
  /** Its position does not follow the one before: entries were removed. */
  | 'MISSING'
  /** The chain ends before its head says it does: the last entries were removed. */
  | 'TRUNCATED';

export type ChainBreak = { chainId: string; position: number; entryId: string | null; reason: ChainBreakReason };
export type ChainReport = { chainId: string; entries: number; headHash: string | null; firstBreak: ChainBreak | null };

const BATCH = 5_000;
const HUB_SETTING = 'app.hub_id';

/**
 * Walks every audit chain — the platform's and each hub's — entry by entry, recomputing each
 * hash from the entry and the one before, and reports each chain's length, head hash and first
 * broken link. It reads as the application role, one chain at a time within that hub's scope
 * (row-level security shows a hub's entries only there), in batches, so memory stays flat however
 * long a chain is. Keep the printed head hashes somewhere else (a mail, a paper record): a chain
 * rewritten whole by someone with the owner's rights is found by comparing heads.
 */
export async function verifyAuditChains(databaseUrl: string): Promise<ChainReport[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: hubs } = await client.query<{ id: string }>('select id from hub order by created_at, id');
    const reports: ChainReport[] = [];
    for (const chainId of [PLATFORM_CHAIN, ...hubs.map((h) => h.id)]) reports.push(await verifyChain(client, chainId));
    return reports;
  } finally {
    await client.end();
  }
}

async function verifyChain(client: pg.Client, chainId: string): Promise<ChainReport> {
  await client.query('begin isolation level repeatable read read only');
  try {
    await client.query(`select set_config('${HUB_SETTING}', $1, true)`, [chainId === PLATFORM_CHAIN ? '' : chainId]);
    let position = 0;
    let previous: string | null = null;
    let firstBreak: ChainBreak | null = null;
    for (;;) {
      const { rows } = await client.query<{ id: string; position: string; previous_hash: string | null; hash: string; recomputed: string }>(
        `select e.id, e.chain_position as position, e.previous_hash, e.hash, ${auditDigestSql('e', 'e.previous_hash')} as recomputed
         from audit_entry e where coalesce(e.hub_id, '${PLATFORM_CHAIN}') = $1 and e.chain_position > $2 order by e.chain_position limit ${BATCH}`,
        [chainId, position],
      );
      for (const row of rows) {
        const at = Number(row.position);
        const reason: ChainBreakReason | null = at !== position + 1 ? 'MISSING' : row.previous_hash !== previous ? 'UNLINKED' : row.recomputed !== row.hash ? 'CHANGED' : null;
        if (reason && !firstBreak) firstBreak = { chainId, position: reason === 'MISSING' ? position + 1 : at, entryId: row.id, reason };
        position = at;
        previous = row.hash;
      }
      if (rows.length < BATCH) break;
    }
    const { rows: heads } = await client.query<{ length: string; last_hash: string | null }>('select length, last_hash from audit_chain where chain_id = $1', [chainId]);
    const head = heads[0];
    if (!firstBreak && head && (Number(head.length) !== position || head.last_hash !== previous)) {
      firstBreak = { chainId, position: position + 1, entryId: null, reason: 'TRUNCATED' };
    }
    return { chainId, entries: position, headHash: previous, firstBreak };
  } finally {
    await client.query('rollback');
  }
}
