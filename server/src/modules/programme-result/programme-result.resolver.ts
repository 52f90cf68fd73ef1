import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { fiscalYearLabel } from '../../platform/fiscal-year.js';
import { Municipality } from '../reference/municipality.entity.js';
import { PROGRAMME_ITEM_LABELS } from './programme-item.js';
import { ProgrammeResult } from './programme-result.entity.js';
import { RecordProgrammeResultInput, UpdateProgrammeResultInput } from './programme-result.inputs.js';
import { type ProgrammeReportItem, ProgrammeReport } from './programme-result.types.js';

@Resolver(() => ProgrammeResult)
export class ProgrammeResultResolver {
  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => [ProgrammeResult], { description: "Municipal programme results of the hub; a municipality member sees its own municipality's only." })
  programmeResults(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | null,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<ProgrammeResult[]> {
    return ctx.services.programmeResult.list(ctx.db.hub(hubId), hubId, ctx.viewer!, { municipalityId, fiscalYear });
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => ProgrammeReport, { description: "A municipality's report for a fiscal year, item by item, with CSV." })
  async programmeReport(
    @Arg('hubId', () => ID) hubId: string,
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() ctx: Context,
  ): Promise<ProgrammeReport> {
    const municipality = await ctx.services.reference.municipality(ctx.db.hub(hubId), municipalityId);
    const report = await ctx.services.programmeResult.report(ctx.db.hub(hubId), hubId, ctx.viewer!, municipalityId, fiscalYear);
    return {
      municipality,
      fiscalYear,
      fiscalYearLabel: fiscalYearLabel(fiscalYear),
      items: report.items as ProgrammeReportItem[],
      totalSessions: report.totals.sessions,
      totalParticipants: report.totals.participants,
      csv: report.csv,
      csvPath: `/hubs/${hubId}/reports/${fiscalYear}/programme-results/${municipalityId}.csv`,
    };
  }

  @Authorized(Access.MUNICIPALITY)
  @Mutation(() => ProgrammeResult, { description: "Attaches a programme result for the caller's own municipality." })
  recordProgrammeResult(@Arg('input', () => RecordProgrammeResultInput) input: RecordProgrammeResultInput, @Ctx() ctx: Context): Promise<ProgrammeResult> {
    return ctx.services.programmeResult.record(ctx.db.hub(input.hubId), input, ctx.viewer!);
  }

  @Authorized(Access.MUNICIPALITY)
  @Mutation(() => ProgrammeResult, { description: "Changes a programme result of the caller's municipality." })
  updateProgrammeResult(@Arg('input', () => UpdateProgrammeResultInput) input: UpdateProgrammeResultInput, @Ctx() ctx: Context): Promise<ProgrammeResult> {
    return ctx.services.programmeResult.update(ctx.db.hub(input.hubId), input, ctx.viewer!);
  }

  @Authorized(Access.MUNICIPALITY)
  @Mutation(() => ProgrammeResult, { description: "Removes a programme result of the caller's municipality." })
  deleteProgrammeResult(@Arg('hubId', () => ID) hubId: string, @Arg('resultId', () => ID) resultId: string, @Ctx() ctx: Context): Promise<ProgrammeResult> {
    return ctx.services.programmeResult.delete(ctx.db.hub(hubId), hubId, resultId, ctx.viewer!);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() result: ProgrammeResult): Promise<Municipality> {
    return result.municipality.load({ dataloader: true }) as Promise<Municipality>;
  }

  @FieldResolver(() => String, { description: 'Official label of the item.' })
  itemLabel(@Root() result: ProgrammeResult): string {
    return `${PROGRAMME_ITEM_LABELS[result.item].mark}${PROGRAMME_ITEM_LABELS[result.item].label}`;
  }
}
