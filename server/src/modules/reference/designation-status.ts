/** Where a zone's designation stands. A plain enum (no GraphQL), so that pure rules and the client can import it; reference.types.ts registers it. */
export enum DesignationStatus {
  NOT_STARTED = 'NOT_STARTED',
  RESEARCHING = 'RESEARCHING',
  COORDINATING = 'COORDINATING',
  UNDER_REVIEW = 'UNDER_REVIEW',
  DESIGNATED = 'DESIGNATED',
  WITHDRAWN = 'WITHDRAWN',
}
