import { PlanState } from './plan-state.js';

/**
 * The business plan's moves: a draft is circulated for the members' comments, a circulated plan is
 * adopted (at the council). Editing an adopted plan starts its next version as a draft.
 */
export enum PlanMove {
  CIRCULATE = 'CIRCULATE',
  ADOPT = 'ADOPT',
}
export const PLAN_MOVES: Readonly<Record<PlanMove, { from: PlanState; to: PlanState }>> = {
  [PlanMove.CIRCULATE]: { from: PlanState.DRAFT, to: PlanState.CIRCULATED },
  [PlanMove.ADOPT]: { from: PlanState.CIRCULATED, to: PlanState.ADOPTED },
};

/** A plan as it stands: what a version freezes and what two versions are compared on. */
export type PlanSnapshot = {
  projects: {
    id: string;
    title: string;
    objective: string;
    issueIds: string[];
    indicators: { id: string; name: string; type: string; unit: string; baseline: number | null; target: number | null }[];
    budgetLines: { id: string; subCap: string; subCapReason?: string; category: string; plannedYen: number; description: string }[];
    plannedActivities: { id: string; title: string; startsOn: string | null; endsOn: string | null }[];
  }[];
};

export type PlanDifference = {
  /** Where in the plan, e.g. "project:<id>" or "project:<id>/indicator:<id>". */
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  /** Human-readable name of the thing (project title, indicator name …). */
  label: string;
  field: string | null;
  before: unknown;
  after: unknown;
};

type Keyed = { id: string } & Record<string, unknown>;

function diffFields(path: string, label: string, before: Keyed, after: Keyed, skip: string[], out: PlanDifference[]): void {
  for (const field of Object.keys(after)) {
    if (field === 'id' || skip.includes(field)) continue;
    const a = before[field];
    const b = after[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, kind: 'CHANGED', label, field, before: a ?? null, after: b ?? null });
  }
}

function diffList<T extends Keyed>(prefix: string, kind: string, labelOf: (t: T) => string, before: T[], after: T[], out: PlanDifference[], nested?: (path: string, b: T, a: T) => void): void {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  for (const item of before) {
    if (!now.has(item.id)) out.push({ path: `${prefix}${kind}:${item.id}`, kind: 'REMOVED', label: labelOf(item), field: null, before: item, after: null });
  }
  for (const item of after) {
    const path = `${prefix}${kind}:${item.id}`;
    const previous = old.get(item.id);
    if (!previous) {
      out.push({ path, kind: 'ADDED', label: labelOf(item), field: null, before: null, after: item });
      continue;
    }
    diffFields(path, labelOf(item), previous, item, ['indicators', 'budgetLines', 'plannedActivities'], out);
    nested?.(`${path}/`, previous, item);
  }
}

/** Every difference between two versions of a plan, project by project. */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): PlanDifference[] {
  const out: PlanDifference[] = [];
  type P = PlanSnapshot['projects'][number] & Keyed;
  diffList<P>('', 'project', (p) => p.title, before.projects as P[], after.projects as P[], out, (path, b, a) => {
    diffList(path, 'indicator', (i) => String(i.name), b.indicators as Keyed[], a.indicators as Keyed[], out);
    diffList(path, 'budgetLine', (l) => `${String(l.category)} ${String(l.description)}`.trim(), b.budgetLines as Keyed[], a.budgetLines as Keyed[], out);
    diffList(path, 'plannedActivity', (x) => String(x.title), b.plannedActivities as Keyed[], a.plannedActivities as Keyed[], out);
  });
  return out;
}

/**
 * How far an indicator got from its baseline towards its target, as a fraction (1 = reached).
 * Works for targets below the baseline (reductions) too; null when not computable.
 */
export function achievement(baseline: number | null, target: number | null, actual: number | null): number | null {
  if (target === null || actual === null) return null;
  const start = baseline ?? 0;
  if (target === start) return actual === target ? 1 : actual > target === target > 0 ? 1 : 0;
  return Math.round(((actual - start) / (target - start)) * 1000) / 1000;
}
