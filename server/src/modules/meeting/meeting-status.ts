/** How far a meeting has come. A plain enum (no GraphQL), so that pure rules and the client can import it; meeting.types.ts registers it. */
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  MINUTES_APPROVED = 'MINUTES_APPROVED',
  CANCELLED = 'CANCELLED',
}
