import type { EntityManager } from '@mikro-orm/postgresql';
import { fiscalYearEnd, fiscalYearStart } from '../../platform/fiscal-year.js';
import { forkForHub } from '../../platform/tenancy.js';
import type { Profession } from '../activity/profession.js';
import type { CyclePhase } from '../cycle/cycle.types.js';
import type { Hub } from '../hub/hub.entity.js';
import type { HubService } from '../hub/hub.service.js';
import type { HomeCareFunction } from '../issue/issue.types.js';
import { achievement } from '../plan/plan.rules.js';
import type { ProgrammeItem } from '../programme-result/programme-item.js';
import type { HubRollup } from './rollup.types.js';

type Row = Record<string, unknown>;

/**
 * Summaries across hubs for the prefecture and the health centres. Each hub is read through its
 * own hub-scoped unit of work, so row-level security applies as for its members; only these
 * summaries leave the hub. The summary is one read model over several modules' tables, in SQL
 * (one statement per figure instead of a round of service calls per hub); it writes nothing.
 */
export class RollupService {
  constructor(private readonly hubsOf: HubService) {}

  async hubs(em: EntityManager, fiscalYear: number, secondaryAreaId: string | null): Promise<HubRollup[]> {
    const hubs = await this.hubsOf.inArea(em, secondaryAreaId);
    const result: HubRollup[] = [];
    for (const hub of hubs) result.push(await this.hub(forkForHub(em, hub.id), hub, fiscalYear));
    return result;
  }

  async one(em: EntityManager, hubId: string, fiscalYear: number): Promise<HubRollup> {
    const hub = await this.hubsOf.withArea(em, hubId);
    return this.hub(forkForHub(em, hub.id), hub, fiscalYear);
  }

  /** Ids of the hubs in an area (all hubs without one). */
  async hubIds(em: EntityManager, secondaryAreaId: string | null): Promise<string[]> {
    return (await this.hubsOf.inArea(em, secondaryAreaId)).map((h) => h.id);
  }

  private async hub(em: EntityManager, hub: Hub, fy: number): Promise<HubRollup> {
    const q = (sql: string, params: unknown[] = []) => em.execute<Row[]>(sql, params);
    const from = `${fiscalYearStart(fy)}T00:00:00+09:00`;
    const to = `${fiscalYearEnd(fy)}T23:59:59.999+09:00`;
    const [cycle] = await q('select id, phase from cycle where fiscal_year = ?', [fy]);
    const cycleId = (cycle?.id as string | undefined) ?? null;
    const [budget] = await q('select id, cap_total_yen, cap_personnel_yen, cap_office_yen from budget where fiscal_year = ?', [fy]);
    const spent = budget ? await q('select sub_cap, sum(amount_yen)::int as total from expense where budget_id = ? group by sub_cap', [budget.id]) : [];
    const spentOn = (key: string) => Number(spent.find((r) => r.sub_cap === key)?.total ?? 0);
    const meetings = await q("select id from meeting where status in ('HELD', 'MINUTES_APPROVED') and starts_at between ? and ?", [from, to]);
    const attendance = meetings.length
      ? await q(`select profession, count(*)::int as count from invitee where attended and meeting_id in (${meetings.map(() => '?').join(',')}) group by profession order by profession`, meetings.map((m) => m.id))
      : [];
    const issues = cycleId ? await q('select title, functions::text[] as functions, carry_over from issue where cycle_id = ? and merged_into_id is null order by created_at', [cycleId]) : [];
    const functionCounts = new Map<string, number>();
    for (const issue of issues) for (const f of (issue.functions as string[] | null) ?? []) functionCounts.set(f, (functionCounts.get(f) ?? 0) + 1);
    const projects = cycleId ? await q('select p.id from project p join plan on plan.id = p.plan_id where plan.cycle_id = ?', [cycleId]) : [];
    const indicators = projects.length
      ? await q(`select baseline, target, actual from indicator where project_id in (${projects.map(() => '?').join(',')})`, projects.map((p) => p.id))
      : [];
    const achievements = indicators.map((i) => achievement(i.baseline as number | null, i.target as number | null, i.actual as number | null)).filter((a): a is number => a !== null);
    const [advice] = await q("select count(*)::int as count from advice where kind in ('ADVICE', 'IDEA') and created_at between ? and ?", [from, to]);
    const items = await q('select item, count(*)::int as results, sum(sessions)::int as sessions, sum(participants)::int as participants from programme_result where fiscal_year = ? group by item order by item', [fy]);
    const zone = hub.zone.getEntity();
    return {
      hub,
      zone: zone.name,
      secondaryArea: zone.secondaryArea.getEntity().name,
      cyclePhase: (cycle?.phase as CyclePhase | undefined) ?? null,
      budget: budget
        ? [
            { key: 'TOTAL', capYen: Number(budget.cap_total_yen), actualYen: spentOn('COORDINATOR_PERSONNEL') + spentOn('OFFICE') },
            { key: 'COORDINATOR_PERSONNEL', capYen: Number(budget.cap_personnel_yen), actualYen: spentOn('COORDINATOR_PERSONNEL') },
            { key: 'OFFICE', capYen: Number(budget.cap_office_yen), actualYen: spentOn('OFFICE') },
          ]
        : [],
      meetingsHeld: meetings.length,
      attendanceByProfession: attendance.map((a) => ({ profession: a.profession as Profession, count: Number(a.count) })),
      issues: issues.length,
      issuesByFunction: [...functionCounts].map(([f, count]) => ({ function: f as HomeCareFunction, count })),
      carriedOverIssues: issues.filter((i) => i.carry_over).length,
      carriedOverIssueTitles: issues.filter((i) => i.carry_over).map((i) => String(i.title)),
      projects: projects.length,
      indicators: indicators.length,
      indicatorsAchieved: achievements.filter((a) => a >= 1).length,
      meanAchievement: achievements.length ? Math.round((achievements.reduce((s, a) => s + a, 0) / achievements.length) * 1000) / 1000 : null,
      adviceGiven: Number(advice?.count ?? 0),
      programmeResults: items.map((i) => ({ item: i.item as ProgrammeItem, results: Number(i.results), sessions: Number(i.sessions), participants: Number(i.participants) })),
    };
  }
}
