import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditedRead } from './audited-read.js';
import { RecordedEntity } from './audit.types.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Access.SECRETARIAT, Access.PREFECTURE_ADMIN)
  @AuditedRead('audit trail: who did what, from where')
  @Query(() => [AuditEntry], { description: "The audit trail of one record of the hub, oldest first (the hub's secretariat and the prefecture)." })
  auditTrail(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('entityType', () => RecordedEntity, { description: 'Kind of record, e.g. Issue, Project, Plan, Cycle.' }) entityType: RecordedEntity,
    @Arg('entityId', () => ID) entityId: string,
    @Ctx() ctx: Context,
  ): Promise<AuditEntry[]> {
    return ctx.services.audit.history(ctx.db.hub(hubId), hubId, entityType, entityId);
  }
}
