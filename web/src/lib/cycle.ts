import { nextPhase as serverNextPhase, PHASES, previousPhase as serverPreviousPhase } from '../../../server/src/modules/cycle/cycle.rules';
import type { CyclePhase } from '../../../server/src/modules/cycle/cycle-phase';

/** The cycle's phases in order, as the server's cycle rules have them; which moves are open comes from Cycle.viewerCan. */
export { PHASES };
export type Phase = `${CyclePhase}`;

export const nextPhase = (phase: Phase): Phase | null => serverNextPhase(phase as CyclePhase);
export const previousPhase = (phase: Phase): Phase | null => serverPreviousPhase(phase as CyclePhase);

/** Where each step stands against the current phase, for the stepper. */
export function stepStates(current: Phase): { phase: Phase; state: 'done' | 'current' | 'todo' }[] {
  const at = (PHASES as readonly string[]).indexOf(current);
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
