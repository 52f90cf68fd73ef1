import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import { type Context, Unscoped } from '../../platform/context.js';
import { signedIn } from '../account/account.resolver.js';
import { SignIn } from '../account/account.types.js';
import { User } from '../account/user.entity.js';
import { HomeCareZone } from '../reference/home-care-zone.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Hub } from './hub.entity.js';
import { AddParticipationInput, CreateHubInput, InviteMemberInput, UpdateHubInput, UpdateParticipationInput } from './hub.inputs.js';
import { HubCreation, HubRole, HubViewerCan, InvitationPreview, IssuedInvitation } from './hub.types.js';
import { hubAbilities } from './hub-actions.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { Participation } from './participation.entity.js';
import { AuditedRead } from '../audit/audited-read.js';

@Resolver(() => Hub)
export class HubResolver {
  @Authorized()
  @Query(() => [Hub], { description: 'Hubs the caller belongs to; every hub for the prefecture.' })
  hubs(@Ctx() ctx: Context): Promise<Hub[]> {
    return ctx.services.hub.listVisible(ctx.db.unscoped(Unscoped.MEMBERSHIP), ctx.viewer!);
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @Query(() => Hub, { description: 'One hub the caller belongs to (any hub for the prefecture).' })
  hub(@Arg('hubId', () => ID) hubId: string, @Ctx() ctx: Context): Promise<Hub> {
    return ctx.services.hub.get(ctx.db.hub(hubId), hubId);
  }

  @Authorized(Access.PREFECTURE_ADMIN)
  @Mutation(() => HubCreation, { description: 'Creates a hub (a new workspace) and optionally invites its first secretariat member (prefecture only).' })
  async createHub(@Arg('input', () => CreateHubInput) input: CreateHubInput, @Ctx() ctx: Context): Promise<HubCreation> {
    const { hub, invitation } = await ctx.services.hub.create(ctx.db.unscoped(Unscoped.MEMBERSHIP), input, ctx.viewer!);
    return { hub, secretariatInvitation: invitation };
  }

  @Authorized(Access.PREFECTURE_ADMIN)
  @Mutation(() => Hub, { description: "Changes a hub's registration: name, tier, bodies, designation (prefecture only)." })
  updateHub(@Arg('input', () => UpdateHubInput) input: UpdateHubInput, @Ctx() ctx: Context): Promise<Hub> {
    return ctx.services.hub.update(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => IssuedInvitation, { description: 'Invites a person to the hub with a role (secretariat only).' })
  inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: Context): Promise<IssuedInvitation> {
    return ctx.services.hub.invite(ctx.db.hub(input.hubId), input, ctx.viewer!);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Invitation, { description: 'Withdraws an invitation that has not been accepted (secretariat only).' })
  revokeInvitation(@Arg('hubId', () => ID) hubId: string, @Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: Context): Promise<Invitation> {
    return ctx.services.hub.revokeInvitation(ctx.db.hub(hubId), hubId, invitationId);
  }

  @Query(() => InvitationPreview, { description: 'What an invitation link is for (hub, role, e-mail, whether that account exists), for the person holding it; INVITATION_INVALID once expired, revoked or used. Needs no sign-in: the token is the secret.' })
  invitationPreview(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<InvitationPreview> {
    return ctx.services.hub.previewInvitation(ctx.db.unscoped(Unscoped.MEMBERSHIP), token);
  }

  @Mutation(() => SignIn, { description: 'Accepts an invitation: newcomers choose a password, existing users confirm theirs. Signs the person in.' })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Arg('displayName', () => String, { nullable: true, description: 'Required for a newcomer.' }) displayName: string | null,
    @Ctx() ctx: Context,
  ): Promise<SignIn> {
    const session = await ctx.services.hub.acceptInvitation(ctx.db.unscoped(Unscoped.MEMBERSHIP), { token, password, displayName, ip: ctx.ip, userAgent: ctx.userAgent ?? undefined });
    return signedIn(ctx, session);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Membership, { description: 'Removes a member from the hub (secretariat only; the last secretariat member stays).' })
  removeMember(@Arg('hubId', () => ID) hubId: string, @Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: Context): Promise<Membership> {
    return ctx.services.hub.removeMember(ctx.db.hub(hubId), hubId, membershipId);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Participation, { description: "Adds a municipality of the hub's zone as a participating municipality (secretariat only)." })
  addParticipation(@Arg('input', () => AddParticipationInput) input: AddParticipationInput, @Ctx() ctx: Context): Promise<Participation> {
    return ctx.services.hub.addParticipation(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Participation, { description: "Changes a participating municipality's contact person (secretariat only)." })
  updateParticipation(@Arg('input', () => UpdateParticipationInput) input: UpdateParticipationInput, @Ctx() ctx: Context): Promise<Participation> {
    return ctx.services.hub.updateParticipation(ctx.db.hub(input.hubId), input);
  }

  @Authorized(Access.SECRETARIAT)
  @Mutation(() => Participation, { description: 'Removes a participating municipality that no member speaks for (secretariat only).' })
  removeParticipation(@Arg('hubId', () => ID) hubId: string, @Arg('participationId', () => ID) participationId: string, @Ctx() ctx: Context): Promise<Participation> {
    return ctx.services.hub.removeParticipation(ctx.db.hub(hubId), hubId, participationId);
  }

  @FieldResolver(() => HomeCareZone, { description: 'Home-care zone the hub serves.' })
  zone(@Root() hub: Hub): Promise<HomeCareZone> {
    return hub.zone.load({ dataloader: true }) as Promise<HomeCareZone>;
  }

  @FieldResolver(() => HubRole, { nullable: true, description: "The caller's role in this hub, if a member." })
  myRole(@Root() hub: Hub, @Ctx() ctx: Context): HubRole | null {
    return ctx.viewer?.memberships.get(hub.id)?.role ?? null;
  }

  @FieldResolver(() => HubViewerCan, { description: 'What you may do in this hub: answered from the roles the server checks, so the client offers only what it would accept.' })
  viewerCan(@Root() hub: Hub, @Ctx() ctx: Context): HubViewerCan {
    return hubAbilities(ctx.viewer, hub.id);
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @AuditedRead('members: names and e-mail addresses')
  @FieldResolver(() => [Membership], { description: 'Members of the hub with their roles.' })
  members(@Root() hub: Hub, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.services.hub.members(ctx.db.unscoped(Unscoped.MEMBERSHIP), hub.id);
  }

  @Authorized(Access.SECRETARIAT, Access.PREFECTURE_ADMIN)
  @AuditedRead('invitations: e-mail addresses')
  @FieldResolver(() => [Invitation], { description: 'Invitations not yet accepted, withdrawn or expired (secretariat and prefecture).' })
  pendingInvitations(@Root() hub: Hub, @Ctx() ctx: Context): Promise<Invitation[]> {
    return ctx.services.hub.pendingInvitations(ctx.db.unscoped(Unscoped.MEMBERSHIP), hub.id);
  }

  @Authorized(Access.MEMBER, Access.PREFECTURE_ADMIN)
  @AuditedRead('municipal contact persons')
  @FieldResolver(() => [Participation], { description: 'Participating municipalities with their contact persons.' })
  participations(@Root() hub: Hub, @Ctx() ctx: Context): Promise<Participation[]> {
    return ctx.services.hub.participations(ctx.db.hub(hub.id), hub.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Hub, { description: 'The hub.' })
  hub(@Root() membership: Membership): Promise<Hub> {
    return membership.hub.load({ dataloader: true }) as Promise<Hub>;
  }

  @FieldResolver(() => User, { description: 'The member.' })
  user(@Root() membership: Membership): Promise<User> {
    return membership.user.load({ dataloader: true }) as Promise<User>;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'For a municipality member: the municipality they speak for.' })
  async municipality(@Root() membership: Membership): Promise<Municipality | null> {
    return (await membership.municipality?.load({ dataloader: true })) ?? null;
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => Municipality, { nullable: true, description: 'For the MUNICIPALITY role: the municipality.' })
  async municipality(@Root() invitation: Invitation): Promise<Municipality | null> {
    return (await invitation.municipality?.load({ dataloader: true })) ?? null;
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Municipality, { description: 'The participating municipality.' })
  municipality(@Root() participation: Participation): Promise<Municipality> {
    return participation.municipality.load({ dataloader: true }) as Promise<Municipality>;
  }
}
