/** The hub module's enums and GraphQL types, apart from its entities. */
import { registerEnumType, Field, ObjectType } from 'type-graphql';
import { HubTier } from './hub-tier.js';
import { Hub } from './hub.entity.js';
import { Invitation } from './invitation.entity.js';

registerEnumType(HubTier, {
  name: 'HubTier',
  description: 'How the hub covers its zone.',
  valuesConfig: {
    SINGLE: { description: 'The only hub of its zone (単独の拠点).' },
    CORE: { description: 'Core hub for a zone over 100,000 people (基幹拠点).' },
    DISTRICT: { description: 'District hub within a zone over 100,000 people (区域拠点).' },
  },
});

export enum ImplementingBodyKind {
  MEDICAL_ASSOCIATION = 'MEDICAL_ASSOCIATION',
  MUNICIPALITY = 'MUNICIPALITY',
  MEDICAL_INSTITUTION = 'MEDICAL_INSTITUTION',
  VISITING_NURSE_STATION = 'VISITING_NURSE_STATION',
  HEALTH_CENTER = 'HEALTH_CENTER',
}

registerEnumType(ImplementingBodyKind, {
  name: 'ImplementingBodyKind',
  description: 'Kind of body that runs the hub.',
  valuesConfig: {
    MEDICAL_ASSOCIATION: { description: '郡市医師会' },
    MUNICIPALITY: { description: '市町村' },
    MEDICAL_INSTITUTION: { description: '医療機関' },
    VISITING_NURSE_STATION: { description: '訪問看護ステーション' },
    HEALTH_CENTER: { description: '保健所' },
  },
});

export enum HubStatus {
  PREPARING = 'PREPARING',
  DESIGNATED = 'DESIGNATED',
  REVOKED = 'REVOKED',
}

registerEnumType(HubStatus, {
  name: 'HubStatus',
  description: "The hub's standing with the prefecture.",
  valuesConfig: {
    PREPARING: { description: 'Set up, not yet designated (指定前).' },
    DESIGNATED: { description: 'Designated by the prefecture (指定済み).' },
    REVOKED: { description: 'Designation withdrawn (指定取消).' },
  },
});

export enum HubRole {
  SECRETARIAT = 'SECRETARIAT',
  ADVISOR = 'ADVISOR',
  MUNICIPALITY = 'MUNICIPALITY',
  HEALTH_CENTER = 'HEALTH_CENTER',
}

registerEnumType(HubRole, {
  name: 'HubRole',
  description: "A member's role in one hub.",
  valuesConfig: {
    SECRETARIAT: { description: '拠点事務局: runs everything inside the hub.' },
    ADVISOR: { description: '積極的役割を担う医療機関の医師: reads the hub, gives advice and ideas.' },
    MUNICIPALITY: { description: '参加市町村の職員: raises issues and attaches results for its own municipality.' },
    HEALTH_CENTER: { description: '保健所: reads the hub and comments.' },
  },
});

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
