/** Where a business plan stands. A plain enum (no GraphQL), so that pure rules and the client can import it; plan.types.ts registers it. */
export enum PlanState {
  DRAFT = 'DRAFT',
  CIRCULATED = 'CIRCULATED',
  ADOPTED = 'ADOPTED',
}
