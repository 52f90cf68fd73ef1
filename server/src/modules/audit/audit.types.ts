/** The audit module's enums and GraphQL types, apart from its entities. */
import { registerEnumType } from 'type-graphql';
import { RecordedEntity } from './recorded-entity.js';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_REFUSED = 'SIGN_IN_REFUSED',
  SIGN_OUT = 'SIGN_OUT',
  READ = 'READ',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What happened to the record.',
  valuesConfig: {
    CREATE: { description: 'Created.' },
    UPDATE: { description: 'Changed.' },
    DELETE: { description: 'Removed.' },
    SIGN_IN: { description: 'Signed in (a session was opened).' },
    SIGN_IN_REFUSED: { description: 'A sign-in was refused (wrong password, unknown address, or slowed down).' },
    SIGN_OUT: { description: 'Signed out, or a session was revoked.' },
    READ: { description: 'Records holding personal data were read.' },
  },
});

registerEnumType(RecordedEntity, {
  name: 'RecordedEntity',
  description: 'The kind of record an audit entry or a live event is about (the entity’s name).',
  valuesConfig: {
    TertiaryArea: { description: 'A tertiary medical area (三次医療圏).' },
    SecondaryArea: { description: 'A secondary medical area (二次医療圏).' },
    HomeCareZone: { description: 'A home-care zone (在宅医療圏).' },
    Municipality: { description: 'A municipality.' },
    ZonePopulation: { description: "A zone's population figure." },
    User: { description: 'A person’s account.' },
    Session: { description: 'A sign-in session.' },
    Hub: { description: 'A hub (its workspace).' },
    Membership: { description: 'A membership of a hub.' },
    Invitation: { description: 'An invitation to a hub.' },
    Participation: { description: 'A municipality taking part in a hub.' },
    Cycle: { description: 'A fiscal year’s cycle.' },
    PhaseChange: { description: 'A move of a cycle between phases.' },
    Issue: { description: 'An issue (課題).' },
    Plan: { description: 'A business plan (事業計画).' },
    PlanVersion: { description: 'An adopted version of a plan.' },
    Project: { description: 'A project of a plan.' },
    ProjectIssue: { description: 'The link of a project to an issue.' },
    Indicator: { description: 'An indicator of a project.' },
    BudgetLine: { description: 'A planned budget line of a project.' },
    PlannedActivity: { description: 'A planned activity of a project.' },
    Activity: { description: 'An activity carried out (事業実施).' },
    ActivityLecturer: { description: 'A lecturer of an activity.' },
    SurveyQuestion: { description: 'A question of a survey.' },
    SurveyResponse: { description: "A municipality's answers to a survey." },
    Advice: { description: 'A contribution to a thread (advice, idea, question, comment).' },
    ProgrammeResult: { description: "A municipality's programme result." },
    ProjectEvaluation: { description: 'The evaluation of a project.' },
    MeetingSeries: { description: 'A series of recurring meetings.' },
    Meeting: { description: 'A meeting.' },
    AgendaItem: { description: 'An agenda item with its minutes.' },
    Invitee: { description: 'An invitee of a meeting.' },
    ActionItem: { description: 'An action item decided at a meeting.' },
    CalendarFeed: { description: 'A personal calendar feed.' },
    Budget: { description: "A fiscal year's budget." },
    Expense: { description: 'An expense of the ledger.' },
    Honorarium: { description: 'An honorarium (謝金).' },
    DesignationChange: { description: "A step of a zone's designation." },
    ZoneApproach: { description: 'An approach to a zone’s parties.' },
  },
});

export { RecordedEntity };
