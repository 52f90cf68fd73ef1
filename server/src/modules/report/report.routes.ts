import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { satisfies, Access } from '../../platform/authorization.js';
import type { Viewer } from '../../platform/context.js';
import type { Logger } from '../../platform/logger.js';
import { sessionTokenFrom } from '../../platform/session-cookie.js';
import { forkForHub } from '../../platform/tenancy.js';
import type { Services } from '../../services.js';
import { AppError } from '../../platform/errors.js';
import { toICalendar, type CalendarMeeting } from '../meeting/calendar.js';
import { CalendarFeed } from '../meeting/calendar-feed.entity.js';
import { Invitee, Meeting } from '../meeting/meeting.entity.js';
import { Hub } from '../hub/hub.entity.js';
import { hashToken } from '../account/auth.service.js';
import { GlobalRole } from '../account/user.entity.js';
import { SecondaryArea } from '../reference/secondary-area.entity.js';
import type { AreaEvaluation } from './report.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FINANCE = [Access.SECRETARIAT, Access.HEALTH_CENTER, Access.PREFECTURE_ADMIN];
const READERS = [Access.MEMBER, Access.PREFECTURE_ADMIN];

/**
 * Downloads over plain HTTP (files a browser saves or a calendar subscribes to): reports and
 * minutes need the session cookie and the same roles as in GraphQL; the personal calendar feed
 * is reached by its secret token alone.
 */
export function downloadRoutes(orm: MikroORM, services: Services, log: Logger): Router {
  const router = Router();

  const guarded =
    (roles: readonly string[], handler: (req: Request, res: Response, hubId: string) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      const hubId = String(req.params.hubId);
      if (!UUID.test(hubId)) {
        res.status(404).json({ code: 'NOT_FOUND' });
        return;
      }
      const viewer: Viewer | null = await services.auth.resolve(orm.em.fork(), sessionTokenFrom(req.headers.cookie));
      if (!viewer) {
        res.status(401).json({ code: 'UNAUTHENTICATED', message: 'ログインしてください。' });
        return;
      }
      if (!satisfies(viewer, roles, hubId)) {
        res.status(403).json({ code: 'FORBIDDEN', message: 'このファイルを取得する権限がありません。' });
        return;
      }
      try {
        await handler(req, res, hubId);
      } catch (error) {
        if (error instanceof AppError) {
          res.status(error.code === 'NOT_FOUND' ? 404 : 400).json({ code: error.code, message: error.message });
          return;
        }
        log.error({ err: error }, 'download failed');
        res.status(500).json({ code: 'INTERNAL_SERVER_ERROR' });
      }
    };

  const fiscalYear = (req: Request) => {
    const fy = Number(req.params.fiscalYear);
    if (!Number.isInteger(fy) || fy < 2000 || fy > 2100) throw new AppError('BAD_USER_INPUT', { ja: '年度が正しくありません。', en: 'Not a fiscal year.' });
    return fy;
  };

  const sendWorkbook = async (res: Response, workbook: { xlsx: { writeBuffer(): Promise<ArrayBuffer> } }, name: string) => {
    res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('content-disposition', `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
  };

  router.get(
    '/hubs/:hubId/reports/:fiscalYear/performance.xlsx',
    guarded(FINANCE, async (req, res, hubId) => {
      const fy = fiscalYear(req);
      await sendWorkbook(res, await services.report.performanceReport(forkForHub(orm.em, hubId), hubId, fy), `実績報告_${fy}.xlsx`);
    }),
  );
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/budget-statement.xlsx',
    guarded(FINANCE, async (req, res, hubId) => {
      const fy = fiscalYear(req);
      await sendWorkbook(res, await services.report.budgetStatement(forkForHub(orm.em, hubId), hubId, fy), `収支予算書_${fy}.xlsx`);
    }),
  );
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/ledger.csv',
    guarded(FINANCE, async (req, res, hubId) => {
      const fy = fiscalYear(req);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="ledger-${fy}.csv"`);
      res.send(await services.report.ledgerCsv(forkForHub(orm.em, hubId), fy));
    }),
  );
  router.get(
    '/hubs/:hubId/meetings/:meetingId/minutes.html',
    guarded(READERS, async (req, res, hubId) => {
      const html = UUID.test(String(req.params.meetingId)) ? await services.report.minutesHtml(forkForHub(orm.em, hubId), hubId, String(req.params.meetingId)) : null;
      if (!html) {
        res.status(404).json({ code: 'NOT_FOUND' });
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.send(html);
    }),
  );
  const meetingIcs = guarded(READERS, async (req, res, hubId) => {
      const meetingId = String(req.params.meetingFile).replace(/\.ics$/, '');
      const em = forkForHub(orm.em, hubId);
      const meeting = UUID.test(meetingId) ? await em.findOne(Meeting, { id: meetingId }) : null;
      if (!meeting) {
        res.status(404).json({ code: 'NOT_FOUND' });
        return;
      }
      const hub = await em.findOneOrFail(Hub, { id: hubId });
      sendCalendar(res, toICalendar(meeting.title, [{ meeting, invitees: await em.find(Invitee, { meeting }), hubName: hub.name }]), `${meeting.id}.ics`);
  });
  // Only *.ics here: other paths under /hubs belong to the web client.
  router.get('/hubs/:hubId/meetings/:meetingFile', (req, res, next) => (String(req.params.meetingFile).endsWith('.ics') ? meetingIcs(req, res) : next()));

  const areaReport = async (req: Request, res: Response, render: (report: AreaEvaluation) => Promise<void>) => {
    const viewer = await services.auth.resolve(orm.em.fork(), sessionTokenFrom(req.headers.cookie));
    if (!viewer) {
      res.status(401).json({ code: 'UNAUTHENTICATED' });
      return;
    }
    const areaId = String(req.params.areaId);
    const mayRead = viewer.globalRole === GlobalRole.PREFECTURE_ADMIN || (viewer.globalRole === GlobalRole.HEALTH_CENTER && viewer.secondaryAreaId === areaId);
    if (!mayRead || !UUID.test(areaId)) {
      res.status(403).json({ code: 'FORBIDDEN' });
      return;
    }
    const fy = Number(req.params.fiscalYear);
    const area = await orm.em.fork().findOne(SecondaryArea, { id: areaId });
    if (!area || !Number.isInteger(fy)) {
      res.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    await render({ area: area.name, fiscalYear: fy, rows: await services.rollup.hubs(orm.em.fork(), fy, areaId) });
  };
  router.get('/areas/:areaId/reports/:fiscalYear/evaluation.xlsx', (req, res) =>
    areaReport(req, res, async (report) => sendWorkbook(res, services.report.areaEvaluationWorkbook(report), `圏域評価_${report.area}_${report.fiscalYear}.xlsx`)),
  );
  router.get('/areas/:areaId/reports/:fiscalYear/evaluation.html', (req, res) =>
    areaReport(req, res, async (report) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.send(services.report.areaEvaluationHtml(report));
    }),
  );

  router.get('/calendar/:tokenFile', async (req, res) => {
    const token = String(req.params.tokenFile).replace(/\.ics$/, '');
    const feed = await orm.em.fork().findOne(CalendarFeed, { tokenHash: hashToken(token), revokedAt: null });
    if (!feed) {
      res.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    const memberships = await services.auth.memberships(orm.em.fork(), feed.userId);
    const items: CalendarMeeting[] = [];
    for (const hubId of memberships.keys()) {
      const em = forkForHub(orm.em, hubId);
      const hub = await em.findOneOrFail(Hub, { id: hubId });
      const meetings = await em.find(Meeting, {}, { orderBy: { startsAt: 'asc' } });
      const invitees = meetings.length ? await em.find(Invitee, { meeting: { $in: meetings.map((m) => m.id) } }) : [];
      for (const meeting of meetings) items.push({ meeting, invitees: invitees.filter((i) => i.meeting.id === meeting.id), hubName: hub.name });
    }
    sendCalendar(res, toICalendar('在宅医療連携拠点の会議', items), 'meetings.ics');
  });

  return router;
}

function sendCalendar(res: Response, body: string, name: string): void {
  res.setHeader('content-type', 'text/calendar; charset=utf-8');
  res.setHeader('content-disposition', `inline; filename="${name}"`);
  res.setHeader('cache-control', 'private, no-cache');
  res.send(body);
}
