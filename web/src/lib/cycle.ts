/** The cycle's phases in order, and what the dashboard's phase panel offers from each. */

export const PHASES = ['ISSUE_IDENTIFICATION', 'PLANNING', 'IMPLEMENTATION', 'EVALUATION', 'CLOSED'] as const;
export type Phase = (typeof PHASES)[number];

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

export function previousPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase);
  // A closed cycle has opened the next year's: it is not reopened from the dashboard.
  return index > 0 && phase !== 'CLOSED' ? PHASES[index - 1]! : null;
}

/** Where each step stands against the current phase, for the stepper. */
export function stepStates(current: Phase): { phase: Phase; state: 'done' | 'current' | 'todo' }[] {
  const at = PHASES.indexOf(current);
  return PHASES.map((phase, i) => ({ phase, state: i < at ? 'done' : i === at ? 'current' : 'todo' }));
}

export type Unmet = { code: string; ja: string; en: string };

/** The unmet preconditions a PHASE_PRECONDITIONS_UNMET refusal carries, in the reader's language. */
export function unmetConditions(extensions: Record<string, unknown> | undefined, locale: string): string[] {
  const unmet = extensions?.unmet;
  if (!Array.isArray(unmet)) return [];
  return unmet
    .filter((u): u is Unmet => typeof u === 'object' && u !== null && typeof (u as Unmet).ja === 'string')
    .map((u) => (locale === 'en' ? u.en : u.ja));
}
