import { HubRole } from './hub.types.js';

export type MembershipProblem = 'MUNICIPALITY_REQUIRED' | 'MUNICIPALITY_NOT_ALLOWED' | 'MUNICIPALITY_NOT_PARTICIPATING';

/** A municipality member speaks for exactly one participating municipality; other roles for none. */
export function membershipProblem(role: HubRole, municipalityId: string | null | undefined, participating: ReadonlySet<string>): MembershipProblem | null {
  if (role !== HubRole.MUNICIPALITY) return municipalityId ? 'MUNICIPALITY_NOT_ALLOWED' : null;
  if (!municipalityId) return 'MUNICIPALITY_REQUIRED';
  return participating.has(municipalityId) ? null : 'MUNICIPALITY_NOT_PARTICIPATING';
}
