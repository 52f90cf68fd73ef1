/** The phases of the yearly cycle, in order. A plain enum (no GraphQL), so that pure rules and the client can import it; cycle.types.ts registers it. */
export enum CyclePhase {
  ISSUE_IDENTIFICATION = 'ISSUE_IDENTIFICATION',
  PLANNING = 'PLANNING',
  IMPLEMENTATION = 'IMPLEMENTATION',
  EVALUATION = 'EVALUATION',
  CLOSED = 'CLOSED',
}
