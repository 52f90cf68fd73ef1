import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { inHub } from '../../platform/tenancy.js';
import { optionalText, requiredText } from '../../platform/validation.js';
import { assertVersion } from '../../platform/versioning.js';
import { openCycle } from '../cycle/cycle.service.js';
import { HubRole } from '../hub/membership.entity.js';
import { ProjectIssue } from '../plan/project.entity.js';
import { mergeIntoItself, mergeInvalid } from './issue.errors.js';
import { Issue, IssuePriority, IssueSource } from './issue.entity.js';
import type { IssueFilter, RaiseIssueInput, UpdateIssueInput } from './issue.inputs.js';
import { IssueStatus } from './issue.entity.js';

export const ISSUE = { ja: '課題', en: 'The issue' };
const labels = { title: { ja: '課題名', en: 'title' }, description: { ja: '説明', en: 'description' } };

const sourceByRole: Partial<Record<HubRole, IssueSource>> = {
  [HubRole.MUNICIPALITY]: IssueSource.MUNICIPALITY,
  [HubRole.ADVISOR]: IssueSource.ADVISOR,
  [HubRole.HEALTH_CENTER]: IssueSource.HEALTH_CENTER,
};

export class IssueService {
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
      const linked = new Set((await tx.find(ProjectIssue, { issue: into })).map((l) => l.project.id));
      for (const link of await tx.find(ProjectIssue, { issue: duplicate })) {
        if (!linked.has(link.project.id)) tx.create(ProjectIssue, { hub: hubId, project: link.project, issue: into });
        tx.remove(link);
      }
      await tx.flush();
      return into;
    });
  }
}
