import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { satisfies, Access } from '../../platform/authorization.js';
import type { Viewer } from '../../platform/context.js';
import type { Logger } from '../../platform/logger.js';
import { sessionTokenFrom } from '../../platform/session-cookie.js';
import { forkForHub, inHub } from '../../platform/tenancy.js';
import { recordRead } from '../audit/audited-read.js';
import { exportHub, hubExportWorkbook } from './hub-export.js';
import type { Services } from '../../services.js';
import { AppError } from '../../platform/errors.js';
import { sendDownload } from '../../platform/download.js';
import { sendRefusal } from '../../platform/http-errors.js';
import { Municipality } from '../reference/municipality.entity.js';
import { fileNames } from './file-names.js';
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
const EXPORTERS = [Access.SECRETARIAT, Access.PREFECTURE_ADMIN];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const ICS = 'text/calendar; charset=utf-8';

/**
 * Downloads over plain HTTP (files a browser saves or a calendar subscribes to): reports and
 * minutes need the session cookie and the same roles as in GraphQL; the personal calendar feed
 * is reached by its secret token alone.
 */
export function downloadRoutes(orm: MikroORM, services: Services, log: Logger): Router {
  const router = Router();

  const guarded =
    (roles: readonly string[], handler: (req: Request, res: Response, hubId: string, viewer: Viewer) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      const hubId = String(req.params.hubId);
      if (!UUID.test(hubId)) {
        sendRefusal(res, 'NOT_FOUND');
        return;
      }
      const viewer: Viewer | null = await services.auth.resolve(orm.em.fork(), sessionTokenFrom(req.headers.cookie));
      if (!viewer) {
        sendRefusal(res, 'UNAUTHENTICATED');
        return;
      }
      if (!satisfies(viewer, roles, hubId)) {
        sendRefusal(res, 'FORBIDDEN');
        return;
      }
      try {
        await handler(req, res, hubId, viewer);
      } catch (error) {
        if (error instanceof AppError) {
          sendRefusal(res, error);
          return;
        }
        log.error({ err: error, requestId: res.locals.requestId }, 'download failed');
        sendRefusal(res, 'INTERNAL_SERVER_ERROR');
      }
    };

  const fiscalYear = (req: Request) => {
    const fy = Number(req.params.fiscalYear);
    if (!Number.isInteger(fy) || fy < 2000 || fy > 2100) throw new AppError('BAD_USER_INPUT', { ja: '年度が正しくありません。', en: 'Not a fiscal year.' });
    return fy;
  };

  const sendWorkbook = async (res: Response, workbook: { xlsx: { writeBuffer(): Promise<ArrayBuffer> } }, name: { name: string; fallback: string }) =>
    sendDownload(res, Buffer.from(await workbook.xlsx.writeBuffer()), { ...name, contentType: XLSX });
  const hubName = async (hubId: string) => (await forkForHub(orm.em, hubId).findOneOrFail(Hub, { id: hubId })).name;

  router.get(
    '/hubs/:hubId/reports/:fiscalYear/performance.xlsx',
    guarded(FINANCE, async (req, res, hubId) => {
      const fy = fiscalYear(req);
      await sendWorkbook(res, await services.report.performanceReport(forkForHub(orm.em, hubId), hubId, fy), fileNames.performanceReport(await hubName(hubId), fy));
    }),
  );
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/budget-statement.xlsx',
    guarded(FINANCE, async (req, res, hubId) => {
      const fy = fiscalYear(req);
      await sendWorkbook(res, await services.report.budgetStatement(forkForHub(orm.em, hubId), hubId, fy), fileNames.budgetStatement(await hubName(hubId), fy));
    }),
  );
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/ledger.csv',
    guarded(FINANCE, async (req, res, hubId) => {
      const fy = fiscalYear(req);
      const csv = await services.report.ledgerCsv(forkForHub(orm.em, hubId), fy);
      sendDownload(res, csv, { ...fileNames.ledger(await hubName(hubId), fy), contentType: CSV });
    }),
  );
  // The same report as the programmeReport query, for the municipality itself, the secretariat and the prefecture.
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/programme-results/:municipalityFile',
    guarded(READERS, async (req, res, hubId, viewer) => {
      const fy = fiscalYear(req);
      const municipalityId = String(req.params.municipalityFile).replace(/\.csv$/, '');
      const municipality = UUID.test(municipalityId) ? await orm.em.fork().findOne(Municipality, { id: municipalityId }) : null;
      if (!municipality) throw new AppError('NOT_FOUND', { ja: '市町村が見つかりません。', en: 'No such municipality.' });
      const report = await services.programmeResult.report(forkForHub(orm.em, hubId), hubId, viewer, municipalityId, fy);
      sendDownload(res, report.csv, { ...fileNames.programmeReport(municipality.name, fy), contentType: CSV });
    }),
  );
  router.get(
    '/hubs/:hubId/meetings/:meetingId/minutes.html',
    guarded(READERS, async (req, res, hubId) => {
      const em = forkForHub(orm.em, hubId);
      const meeting = UUID.test(String(req.params.meetingId)) ? await em.findOne(Meeting, { id: String(req.params.meetingId) }) : null;
      const html = meeting ? await services.report.minutesHtml(em, hubId, meeting.id) : null;
      if (!meeting || !html) {
        sendRefusal(res, 'NOT_FOUND');
        return;
      }
      sendDownload(res, html, { ...fileNames.minutes(meeting.title, meeting.startsAt), contentType: HTML, inline: true });
    }),
  );
  const meetingIcs = guarded(READERS, async (req, res, hubId) => {
    const meetingId = String(req.params.meetingFile).replace(/\.ics$/, '');
    const em = forkForHub(orm.em, hubId);
    const meeting = UUID.test(meetingId) ? await em.findOne(Meeting, { id: meetingId }) : null;
    if (!meeting) {
      sendRefusal(res, 'NOT_FOUND');
      return;
    }
    const hub = await em.findOneOrFail(Hub, { id: hubId });
    const ics = toICalendar(meeting.title, [{ meeting, invitees: await em.find(Invitee, { meeting }), hubName: hub.name }]);
    sendDownload(res, ics, { ...fileNames.meeting(meeting.title, meeting.startsAt), contentType: ICS });
  });
  // Only *.ics here: other paths under /hubs belong to the web client.
  router.get('/hubs/:hubId/meetings/:meetingFile', (req, res, next) => (String(req.params.meetingFile).endsWith('.ics') ? meetingIcs(req, res) : next()));

  // Every record of the hub, for the hub to keep (secretariat and prefecture); the export is audited as a read.
  const hubExport = async (req: Request, res: Response, hubId: string, viewer: Viewer) =>
    inHub(orm.em, hubId, async (tx) => {
      // Recorded first, so that the export holds the entry of its own reading.
      recordRead(tx, {
        hubId,
        actorId: viewer.userId,
        entityType: 'Hub',
        entityId: hubId,
        field: 'export',
        what: 'every record of the hub',
        operation: `export.${req.path.endsWith('.xlsx') ? 'xlsx' : 'json'}`,
        requestId: String(res.locals.requestId),
        address: req.ip ?? null,
      });
      await tx.flush();
      const data = await exportHub(tx, hubId);
      const hub = await tx.findOneOrFail(Hub, { id: hubId });
      return { data, hubName: hub.name };
    });
  router.get(
    '/hubs/:hubId/export.json',
    guarded(EXPORTERS, async (req, res, hubId, viewer) => {
      const { data, hubName } = await hubExport(req, res, hubId, viewer);
      sendDownload(res, `${JSON.stringify(data, null, 1)}\n`, { ...fileNames.hubExport(hubName, 'json'), contentType: 'application/json; charset=utf-8' });
    }),
  );
  router.get(
    '/hubs/:hubId/export.xlsx',
    guarded(EXPORTERS, async (req, res, hubId, viewer) => {
      const { data, hubName } = await hubExport(req, res, hubId, viewer);
      await sendWorkbook(res, hubExportWorkbook(data), fileNames.hubExport(hubName, 'xlsx'));
    }),
  );

  const areaReport = async (req: Request, res: Response, render: (report: AreaEvaluation) => Promise<void>) => {
    const viewer = await services.auth.resolve(orm.em.fork(), sessionTokenFrom(req.headers.cookie));
    if (!viewer) {
      sendRefusal(res, 'UNAUTHENTICATED');
      return;
    }
    const areaId = String(req.params.areaId);
    const mayRead = viewer.globalRole === GlobalRole.PREFECTURE_ADMIN || (viewer.globalRole === GlobalRole.HEALTH_CENTER && viewer.secondaryAreaId === areaId);
    if (!mayRead || !UUID.test(areaId)) {
      sendRefusal(res, 'FORBIDDEN');
      return;
    }
    const fy = Number(req.params.fiscalYear);
    const area = await orm.em.fork().findOne(SecondaryArea, { id: areaId });
    if (!area || !Number.isInteger(fy)) {
      sendRefusal(res, 'NOT_FOUND');
      return;
    }
    await render({ area: area.name, fiscalYear: fy, rows: await services.rollup.hubs(orm.em.fork(), fy, areaId) });
  };
  router.get('/areas/:areaId/reports/:fiscalYear/evaluation.xlsx', (req, res) =>
    areaReport(req, res, async (report) => sendWorkbook(res, services.report.areaEvaluationWorkbook(report), fileNames.areaEvaluation(report.area, report.fiscalYear, 'xlsx'))),
  );
  router.get('/areas/:areaId/reports/:fiscalYear/evaluation.html', (req, res) =>
    areaReport(req, res, async (report) => sendDownload(res, services.report.areaEvaluationHtml(report), { ...fileNames.areaEvaluation(report.area, report.fiscalYear, 'html'), contentType: HTML, inline: true })),
  );

  router.get('/calendar/:tokenFile', async (req, res) => {
    const token = String(req.params.tokenFile).replace(/\.ics$/, '');
    const feed = await orm.em.fork().findOne(CalendarFeed, { tokenHash: hashToken(token), revokedAt: null });
    if (!feed) {
      sendRefusal(res, 'NOT_FOUND');
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
    // Inline: calendar applications subscribe to this address rather than save it.
    sendDownload(res, toICalendar('在宅医療連携拠点の会議', items), { ...fileNames.calendarFeed(), contentType: ICS, inline: true });
  });

  return router;
}
