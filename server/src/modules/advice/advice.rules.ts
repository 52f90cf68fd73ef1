import { HubRole } from '../hub/hub.types.js';
import { AdviceKind } from './advice.types.js';

/** Advice and ideas are the advisors' (the doctors of active-role institutions); anyone in the hub may comment. */
export const ADVISOR_KINDS: readonly AdviceKind[] = [AdviceKind.ADVICE, AdviceKind.IDEA];

/** Whether a member of this role may post a contribution of this kind. */
export function mayPost(kind: AdviceKind, role: string | undefined): boolean {
  return !ADVISOR_KINDS.includes(kind) || role === HubRole.ADVISOR;
}
