import { fiscalYearLabel, fiscalYearOf } from '../../platform/fiscal-year.js';
import { DesignationStatus as S } from '../reference/designation-status.js';

/** Moves the prefecture may record. Withdrawn zones can be approached again; a designation is final here. */
const NEXT: Record<S, S[]> = {
  [S.NOT_STARTED]: [S.RESEARCHING, S.COORDINATING, S.WITHDRAWN],
  [S.RESEARCHING]: [S.COORDINATING, S.WITHDRAWN],
  [S.COORDINATING]: [S.RESEARCHING, S.UNDER_REVIEW, S.WITHDRAWN],
  [S.UNDER_REVIEW]: [S.COORDINATING, S.DESIGNATED, S.WITHDRAWN],
  [S.WITHDRAWN]: [S.RESEARCHING, S.COORDINATING],
  [S.DESIGNATED]: [],
};

/** The pipeline in its usual order; WITHDRAWN sits beside it. */
export const PIPELINE: readonly S[] = [S.NOT_STARTED, S.RESEARCHING, S.COORDINATING, S.UNDER_REVIEW, S.DESIGNATED];

export function canMove(from: S, to: S): boolean {
  return NEXT[from].includes(to);
}

export function allowedMoves(from: S): S[] {
  return NEXT[from];
}

/** The plan: every zone designated within FY2024–FY2029, 6–7 a year. */
export const PLAN = { firstFiscalYear: 2024, lastFiscalYear: 2029, zones: 39 } as const;

export function targetCumulative(fiscalYear: number): number {
  const years = PLAN.lastFiscalYear - PLAN.firstFiscalYear + 1;
  const done = Math.min(Math.max(fiscalYear - PLAN.firstFiscalYear + 1, 0), years);
  return Math.ceil((PLAN.zones * done) / years);
}

export type ZoneFacts = { name: string; tertiaryArea: string; status: S; designatedOn: string | null };

export type Progress = {
  byFiscalYear: { fiscalYear: number; label: string; designated: number; cumulative: number; targetCumulative: number; onTrack: boolean }[];
  byTertiaryArea: { tertiaryArea: string; zones: number; designated: number; inProgress: number; notApproached: number; share: number }[];
  notApproached: string[];
};

const IN_PROGRESS = [S.RESEARCHING, S.COORDINATING, S.UNDER_REVIEW];

/** Designations per fiscal year against the target, per tertiary area, and the zones nobody has approached. */
export function progress(zones: ZoneFacts[], tertiaryOrder: string[]): Progress {
  const designated = zones.filter((z) => z.status === S.DESIGNATED && z.designatedOn);
  let cumulative = designated.filter((z) => fiscalYearOf(z.designatedOn!) < PLAN.firstFiscalYear).length;
  const byFiscalYear = [];
  for (let fy = PLAN.firstFiscalYear; fy <= PLAN.lastFiscalYear; fy++) {
    const count = designated.filter((z) => fiscalYearOf(z.designatedOn!) === fy).length;
    cumulative += count;
    byFiscalYear.push({ fiscalYear: fy, label: fiscalYearLabel(fy), designated: count, cumulative, targetCumulative: targetCumulative(fy), onTrack: cumulative >= targetCumulative(fy) });
  }
  const byTertiaryArea = tertiaryOrder.map((area) => {
    const inArea = zones.filter((z) => z.tertiaryArea === area);
    const done = inArea.filter((z) => z.status === S.DESIGNATED).length;
    return {
      tertiaryArea: area,
      zones: inArea.length,
      designated: done,
      inProgress: inArea.filter((z) => IN_PROGRESS.includes(z.status)).length,
      notApproached: inArea.filter((z) => z.status === S.NOT_STARTED).length,
      share: inArea.length ? Math.round((done / inArea.length) * 1000) / 1000 : 0,
    };
  });
  return { byFiscalYear, byTertiaryArea, notApproached: zones.filter((z) => z.status === S.NOT_STARTED).map((z) => z.name) };
}
