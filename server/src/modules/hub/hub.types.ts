/** The hub module's GraphQL output types; its enums are in hub.enums.ts (re-exported here). */
import { Field, ObjectType } from 'type-graphql';
import { Hub } from './hub.entity.js';
import { HubRole } from './hub.enums.js';
import { Invitation } from './invitation.entity.js';

export * from './hub.enums.js';

@ObjectType({ description: 'A freshly issued invitation with its one-time token (shown only now; send it to the invitee).' })
export class IssuedInvitation {
  @Field(() => Invitation, { description: 'The invitation.' })
  invitation!: Invitation;

  @Field(() => String, { description: 'One-time token the invitee presents to accept.' })
  token!: string;
}

@ObjectType({ description: 'A hub just created, with the invitation of its first secretariat member if one was asked for.' })
export class HubCreation {
  @Field(() => Hub, { description: 'The new hub.' })
  hub!: Hub;

  @Field(() => IssuedInvitation, { nullable: true, description: 'Invitation for the first secretariat member.' })
  secretariatInvitation?: IssuedInvitation | null;
}

@ObjectType({ description: 'What an invitation link is for, shown to the person holding it before they accept.' })
export class InvitationPreview {
  @Field(() => String, { description: 'Name of the hub the invitation is to.' })
  hubName!: string;

  @Field(() => String, { description: 'Its home-care zone.' })
  zoneName!: string;

  @Field(() => HubRole, { description: 'The role the person will have.' })
  role!: HubRole;

  @Field(() => String, { nullable: true, description: 'For a municipality member: the municipality they will speak for.' })
  municipalityName!: string | null;

  @Field(() => String, { description: 'The e-mail address invited (the account the person signs in with).' })
  email!: string;

  @Field(() => Date, { description: 'Until when the link can be used.' })
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'Whether an account with that address exists: then the person confirms its password instead of choosing one.' })
  accountExists!: boolean;
}

@ObjectType({ description: 'What the signed-in person may do in this hub, answered from the same role checks the server enforces (GitHub-style viewerCan).' })
export class HubViewerCan {
  @Field(() => Boolean, { description: 'Raise an issue.' })
  raiseIssue!: boolean;

  @Field(() => Boolean, { description: 'Edit, prioritise and merge issues.' })
  curateIssues!: boolean;

  @Field(() => Boolean, { description: 'Edit the business plan.' })
  editPlan!: boolean;

  @Field(() => Boolean, { description: 'Schedule meetings.' })
  scheduleMeeting!: boolean;

  @Field(() => Boolean, { description: 'Record expenses.' })
  recordExpense!: boolean;

  @Field(() => Boolean, { description: 'See the budget and its spending.' })
  seeBudget!: boolean;

  @Field(() => Boolean, { description: 'Give advice and ideas (advisors).' })
  giveAdvice!: boolean;

  @Field(() => Boolean, { description: 'Comment in threads.' })
  comment!: boolean;

  @Field(() => Boolean, { description: "Record the municipality's programme results." })
  recordProgrammeResult!: boolean;

  @Field(() => Boolean, { description: 'Record activities and send surveys.' })
  runActivities!: boolean;

  @Field(() => Boolean, { description: "Answer surveys for one's municipality." })
  answerSurvey!: boolean;

  @Field(() => Boolean, { description: "Read a survey's compiled answers (the secretariat and the prefecture)." })
  seeSurveyCompilation!: boolean;

  @Field(() => Boolean, { description: 'Read the audit trail.' })
  seeAudit!: boolean;

  @Field(() => Boolean, { description: 'See the members and their contact details.' })
  seeMembers!: boolean;

  @Field(() => Boolean, { description: 'See the invitations not yet accepted.' })
  seeInvitations!: boolean;

  @Field(() => Boolean, { description: 'Invite and remove members, manage participating municipalities.' })
  manageMembers!: boolean;

  @Field(() => Boolean, { description: 'Move the cycle to its next phase (or back).' })
  advanceCycle!: boolean;
}
