import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { inHub } from '../../platform/tenancy.js';
import { optionalText, requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { openCycle } from '../cycle/cycle.service.js';
import type { Cycle } from '../cycle/cycle.entity.js';
import { CyclePhase } from '../cycle/cycle.types.js';
import { HubRole } from '../hub/hub.types.js';
import { mergeIntoItself, mergeInvalid } from './issue.errors.js';
import { Issue } from './issue.entity.js';
import { IssuePriority, IssueSource, IssueStatus } from './issue.types.js';
import type { IssueFilter, RaiseIssueInput, UpdateIssueInput } from './issue.inputs.js';

export const ISSUE = { ja: '課題', en: 'The issue' };
const labels = { title: { ja: '課題名', en: 'title' }, description: { ja: '説明', en: 'description' } };

const sourceByRole: Partial<Record<HubRole, IssueSource>> = {
  [HubRole.MUNICIPALITY]: IssueSource.MUNICIPALITY,
  [HubRole.ADVISOR]: IssueSource.ADVISOR,
  [HubRole.HEALTH_CENTER]: IssueSource.HEALTH_CENTER,
};

/** What merging asks of the plan module, which links projects to issues (and itself knows issues). */
export type ProjectLinks = { moveIssueLinks(tx: EntityManager, hubId: string, from: Issue, into: Issue): Promise<void> };

export class IssueService {
  constructor(private readonly deps: { projectLinks: ProjectLinks }) {}

  /** Issues still open or in progress in cycles that are not closed, oldest first (what advisors can advise on). */
  openInOpenCycles(em: EntityManager): Promise<Issue[]> {
    return em.find(Issue, { cycle: { phase: { $ne: CyclePhase.CLOSED } }, mergedInto: null, status: { $in: [IssueStatus.OPEN, IssueStatus.IN_PROGRESS] } }, { orderBy: { createdAt: 'asc' } });
  }

  exists(tx: EntityManager, issueId: string): Promise<boolean> {
    return this.allOwn(tx, [issueId]);
  }

  /** Marks issues of the cycle to carry over into the next one (evaluation). */
  async markCarryOver(tx: EntityManager, issueIds: string[], cycleId: string): Promise<void> {
    const issues = await tx.find(Issue, { id: { $in: issueIds }, cycle: cycleId });
    if (issues.length !== new Set(issueIds).size) throw badInput('carryOverIssueIds', { ja: '繰り越せるのはこの年度の課題です。', en: 'Only issues of this cycle can be carried over.' });
    for (const issue of issues) issue.carryOver = true;
  }

  /** Issues of the cycle with these ids that are not merged away (for linking them to a project). */
  linkable(tx: EntityManager, issueIds: string[], cycleId: string): Promise<Issue[]> {
    return tx.find(Issue, { id: { $in: issueIds }, cycle: cycleId, mergedInto: null });
  }

  /** The duplicates merged into an issue, oldest first. */
  mergedInto(em: EntityManager, issueId: string): Promise<Issue[]> {
    return em.find(Issue, { mergedInto: issueId }, { orderBy: { createdAt: 'asc' } });
  }

  list(em: EntityManager, filter: IssueFilter = {}): Promise<Issue[]> {
    const where: FilterQuery<Issue> = {};
    if (filter.cycleId) where.cycle = filter.cycleId;
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    if (filter.function) where.functions = { $contains: [filter.function] };
    if (filter.source) where.source = filter.source;
    if (filter.municipalityId) where.raisedByMunicipality = filter.municipalityId;
    if (!filter.includeMerged) where.mergedInto = null;
    return em.find(Issue, where, { orderBy: { createdAt: 'asc' } });
  }

  async get(em: EntityManager, issueId: string): Promise<Issue> {
    const issue = await em.findOne(Issue, { id: issueId });
    if (!issue) throw notFound(ISSUE);
    return issue;
  }

  /** Municipality and advisor members raise issues for their own side; the secretariat records any. */
  raise(em: EntityManager, input: RaiseIssueInput, viewer: Viewer): Promise<Issue> {
    const membership = viewer.memberships.get(input.hubId)!;
    const secretariat = membership.role === HubRole.SECRETARIAT;
    return inHub(em, input.hubId, async (tx) => {
      const cycle = await openCycle(tx, input.cycleId);
      const issue = tx.create(Issue, {
        hub: input.hubId,
        cycle,
        title: requiredText('title', labels.title, input.title),
        description: optionalText('description', labels.description, input.description, 10_000) ?? '',
        functions: [...new Set(input.functions ?? [])],
        source: secretariat ? (input.source ?? IssueSource.MEETING) : (sourceByRole[membership.role] ?? IssueSource.MEETING),
        raisedBy: viewer.userId,
        raisedByMunicipality: membership.municipalityId,
        priority: secretariat ? (input.priority ?? IssuePriority.MEDIUM) : IssuePriority.MEDIUM,
      });
      await tx.flush();
      return issue;
    });
  }

  activeCount(tx: EntityManager, cycleId: string): Promise<number> {
    return tx.count(Issue, { cycle: cycleId, mergedInto: null, status: { $ne: IssueStatus.CLOSED } });
  }

  async carryOver(tx: EntityManager, hubId: string, from: Cycle, to: Cycle): Promise<void> {
    for (const issue of await tx.find(Issue, { cycle: from, carryOver: true, mergedInto: null })) {
      issue.status = IssueStatus.CARRIED_OVER;
      tx.create(Issue, {
        hub: hubId,
        cycle: to,
        title: issue.title,
        description: issue.description,
        functions: [...issue.functions],
        source: issue.source,
        raisedBy: issue.raisedBy,
        raisedByMunicipality: issue.raisedByMunicipality ?? null,
        priority: issue.priority,
        carriedFrom: issue,
      });
    }
  }

  /** Whether every id names an issue of the hub the em is scoped to (another hub's, or a made-up one, is not found). */
  async allOwn(em: EntityManager, issueIds: string[]): Promise<boolean> {
    return !issueIds.length || (await em.count(Issue, { id: { $in: issueIds } })) === issueIds.length;
  }

  /**
   * An issue that came out of a meeting (an action item), inside the caller's hub transaction:
   * the cycle must be this hub's and open.
   */
  async raiseFromMeeting(tx: EntityManager, hubId: string, cycleId: string, description: string, raisedBy: string): Promise<Issue> {
    const cycle = await openCycle(tx, cycleId);
    return tx.create(Issue, { hub: hubId, cycle, title: description.slice(0, 200), description, source: IssueSource.MEETING, raisedBy });
  }

  update(em: EntityManager, input: UpdateIssueInput): Promise<Issue> {
    return inHub(em, input.hubId, async (tx) => {
      const issue = await this.get(tx, input.issueId);
      assertVersion(issue, input.version, ISSUE);
      await openCycle(tx, issue.cycle.id);
      if (input.title != null) issue.title = requiredText('title', labels.title, input.title);
      if (input.description != null) issue.description = optionalText('description', labels.description, input.description, 10_000) ?? '';
      if (input.functions) issue.functions = [...new Set(input.functions)];
      if (input.priority) issue.priority = input.priority;
      if (input.status) issue.status = input.status;
      if (input.carryOver != null) issue.carryOver = input.carryOver;
      await tx.flush();
      return issue;
    });
  }

  /**
   * Merges a duplicate into another issue of the same cycle: the duplicate keeps its own history
   * and points to the one it was merged into; its links to projects move over.
   */
  merge(em: EntityManager, hubId: string, duplicateId: string, intoId: string): Promise<Issue> {
    return inHub(em, hubId, async (tx) => {
      if (duplicateId === intoId) throw mergeIntoItself();
      const duplicate = await this.get(tx, duplicateId);
      const into = await this.get(tx, intoId);
      await openCycle(tx, into.cycle.id);
      if (duplicate.cycle.id !== into.cycle.id || duplicate.mergedInto || into.mergedInto) throw mergeInvalid();
      duplicate.mergedInto = tx.getReference(Issue, into.id, { wrapped: true });
      duplicate.status = IssueStatus.CLOSED;
      into.functions = [...new Set([...into.functions, ...duplicate.functions])];
      await this.deps.projectLinks.moveIssueLinks(tx, hubId, duplicate, into);
      await tx.flush();
      return into;
    });
  }
}
