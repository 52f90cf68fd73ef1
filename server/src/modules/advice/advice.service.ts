import type { EntityManager } from '@mikro-orm/postgresql';
import { roleIn } from '../../platform/authorization.js';
import type { Viewer } from '../../platform/context.js';
import { badInput, notFound } from '../../platform/errors.js';
import { inHub } from '../../platform/tenancy.js';
import { requiredText } from '../../platform/validation.js';
import type { Issue } from '../issue/issue.entity.js';
import type { IssueService } from '../issue/issue.service.js';
import type { PlanService } from '../plan/plan.service.js';
import type { Project } from '../plan/project.entity.js';
import { adviceKindNotAllowed } from './advice.errors.js';
import { ADVISOR_KINDS, mayPost } from './advice.rules.js';
import { Advice } from './advice.entity.js';
import type { AdviceTarget } from './advice.types.js';
import { type PostAdviceInput } from './advice.inputs.js';


/** A module whose records can carry a thread: it answers whether the record is one of the hub's. */
export type Subjects = { exists(tx: EntityManager, id: string): Promise<boolean> };

export class AdviceService {
  constructor(private readonly deps: { subjects: Record<AdviceTarget, Subjects>; issues: IssueService; plans: PlanService }) {}

  thread(em: EntityManager, targetType: AdviceTarget, targetId: string): Promise<Advice[]> {
    return em.find(Advice, { targetType, targetId }, { orderBy: { createdAt: 'asc' } });
  }

  /** The hub's latest advice and comments on any record, newest first (the dashboard's feed). */
  recent(em: EntityManager, limit: number): Promise<Advice[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badInput('limit', { ja: '件数は1〜50で指定してください。', en: 'Give a limit from 1 to 50.' });
    return em.find(Advice, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
  }

  post(em: EntityManager, input: PostAdviceInput, viewer: Viewer): Promise<Advice> {
    const role = roleIn(viewer, input.hubId);
    if (!mayPost(input.kind, role)) {
      throw adviceKindNotAllowed();
    }
    return inHub(em, input.hubId, async (tx) => {
      // Every kind of subject is looked up in the hub's scope: a thread only opens on one of its records.
      if (!(await this.deps.subjects[input.targetType].exists(tx, input.targetId))) throw notFound({ ja: 'スレッドの対象', en: 'The subject of the thread' });
      const parent = input.parentId ? await tx.findOne(Advice, { id: input.parentId, targetType: input.targetType, targetId: input.targetId }) : null;
      if (input.parentId && !parent) throw badInput('parentId', { ja: '返信先が同じスレッドにありません。', en: 'The reply is not to a contribution of the same thread.' });
      const advice = tx.create(Advice, {
        hub: input.hubId,
        targetType: input.targetType,
        targetId: input.targetId,
        kind: input.kind,
        body: requiredText('body', { ja: '本文', en: 'text' }, input.body, 10_000),
        authorId: viewer.userId,
        parent,
      });
      await tx.flush();
      return advice;
    });
  }

  /** The secretariat notes that a piece of advice shaped a project of the plan. */
  markTaken(em: EntityManager, hubId: string, adviceId: string, projectId: string): Promise<Advice> {
    return inHub(em, hubId, async (tx) => {
      const advice = await tx.findOne(Advice, { id: adviceId });
      if (!advice) throw notFound({ ja: '助言', en: 'The advice' });
      if (!ADVISOR_KINDS.includes(advice.kind)) throw badInput('adviceId', { ja: '計画に反映できるのは助言とアイディアです。', en: 'Only advice and ideas can be taken into the plan.' });
      if (!(await this.deps.plans.allOwnProjects(tx, [projectId]))) throw notFound({ ja: '事業', en: 'The project' });
      advice.takenIntoProjectId = projectId;
      advice.takenAt = new Date();
      await tx.flush();
      return advice;
    });
  }

  /**
   * What still awaits this advisor's advice: open issues of open cycles, and the projects of
   * plans circulated for comment, on which they have given no advice or idea yet.
   */
  async awaiting(em: EntityManager, advisorId: string): Promise<{ issues: Issue[]; projects: Project[] }> {
    const given = await em.find(Advice, { authorId: advisorId, kind: { $in: ADVISOR_KINDS } }, { fields: ['targetId'] });
    const done = new Set(given.map((a) => a.targetId));
    const [issues, projects] = await Promise.all([this.deps.issues.openInOpenCycles(em), this.deps.plans.circulatedProjects(em)]);
    return { issues: issues.filter((i) => !done.has(i.id)), projects: projects.filter((p) => !done.has(p.id)) };
  }
}
