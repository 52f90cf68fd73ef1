import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CURRENT_HUB } from '../../platform/tenancy.js';
import { PLATFORM_CHAIN } from './audit-entry.entity.js';

/**
 * The head of one audit chain — a hub's, or the platform's (PLATFORM_CHAIN) — kept by the
 * database's insert trigger on audit_entry: how many entries the chain has and the last one's
 * hash. A request reaches only the head of the chain it writes to.
 */
@Entity({
  tableName: 'audit_chain',
  rowLevelSecurity: 'force',
  policies: [{ name: 'audit_chain_own', using: `chain_id = coalesce(${CURRENT_HUB}, '${PLATFORM_CHAIN}')`, check: `chain_id = coalesce(${CURRENT_HUB}, '${PLATFORM_CHAIN}')` }],
})
export class AuditChain {
  @PrimaryKey({ type: 'uuid' })
  chainId!: string;

  @Property({ type: 'bigint' })
  length!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  lastHash?: string | null;
}
