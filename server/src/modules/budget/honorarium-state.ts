/** Where an honorarium stands. A plain enum (no GraphQL), so that pure rules and the client can import it; budget.types.ts registers it. */
export enum HonorariumState {
  PLANNED = 'PLANNED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}
