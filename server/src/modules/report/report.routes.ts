import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { satisfies, Access } from '../../platform/authorization.js';
import { type Database, type Viewer, Unscoped } from '../../platform/context.js';
import { openDatabase } from '../../platform/database.js';
import type { Logger } from '../../platform/logger.js';
import { sessionTokenFrom } from '../../platform/session-cookie.js';
import { hubExportWorkbook } from './hub-export.js';
import type { Services } from '../../services.js';
import { AppError } from '../../platform/errors.js';
import { sendDownload } from '../../platform/download.js';
import { sendRefusal } from '../../platform/http-errors.js';
import { fileNames } from './file-names.js';
import { toICalendar } from '../meeting/calendar.js';
import { GlobalRole } from '../account/account.types.js';
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
 * minutes need the session cookie and the same roles as in GraphQL (the personal calendar feed
 * is the meeting module's, calendar.routes.ts).
 */
export function downloadRoutes(orm: MikroORM, services: Services, log: Logger): Router {
  const router = Router();

  const guarded =
    (roles: readonly string[], handler: (req: Request, res: Response, scope: { hubId: string; viewer: Viewer; em: EntityManager; db: Database }) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      const hubId = String(req.params.hubId);
      if (!UUID.test(hubId)) {
        sendRefusal(res, 'NOT_FOUND');
        return;
      }
      const db = openDatabase(orm.em);
      const viewer: Viewer | null = await services.auth.viewerOf(db, sessionTokenFrom(req.headers.cookie));
      if (!viewer) {
        sendRefusal(res, 'UNAUTHENTICATED');
        return;
      }
      if (!satisfies(viewer, roles, hubId)) {
        sendRefusal(res, 'FORBIDDEN');
        return;
      }
      try {
        await handler(req, res, { hubId, viewer, em: db.hub(hubId), db });
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
  const hubName = async (em: EntityManager, hubId: string) => (await services.hub.get(em, hubId)).name;

  router.get(
    '/hubs/:hubId/reports/:fiscalYear/performance.xlsx',
    guarded(FINANCE, async (req, res, { hubId, em }) => {
      const fy = fiscalYear(req);
      await sendWorkbook(res, await services.report.performanceReport(em, hubId, fy), fileNames.performanceReport(await hubName(em, hubId), fy));
    }),
  );
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/budget-statement.xlsx',
    guarded(FINANCE, async (req, res, { hubId, em }) => {
      const fy = fiscalYear(req);
      await sendWorkbook(res, await services.report.budgetStatement(em, hubId, fy), fileNames.budgetStatement(await hubName(em, hubId), fy));
    }),
  );
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/ledger.csv',
    guarded(FINANCE, async (req, res, { hubId, em }) => {
      const fy = fiscalYear(req);
      const csv = await services.report.ledgerCsv(em, fy);
      sendDownload(res, csv, { ...fileNames.ledger(await hubName(em, hubId), fy), contentType: CSV });
    }),
  );
  // The same report as the programmeReport query, for the municipality itself, the secretariat and the prefecture.
  router.get(
    '/hubs/:hubId/reports/:fiscalYear/programme-results/:municipalityFile',
    guarded(READERS, async (req, res, { hubId, viewer, em, db }) => {
      const fy = fiscalYear(req);
      const municipalityId = String(req.params.municipalityFile).replace(/\.csv$/, '');
      const municipality = UUID.test(municipalityId) ? await services.reference.findMunicipality(db.unscoped(Unscoped.REFERENCE), municipalityId) : null;
      if (!municipality) throw new AppError('NOT_FOUND', { ja: '市町村が見つかりません。', en: 'No such municipality.' });
      const report = await services.programmeResult.report(em, hubId, viewer, municipalityId, fy);
      sendDownload(res, report.csv, { ...fileNames.programmeReport(municipality.name, fy), contentType: CSV });
    }),
  );
  router.get(
    '/hubs/:hubId/meetings/:meetingId/minutes.html',
    guarded(READERS, async (req, res, { hubId, em }) => {
      const meeting = UUID.test(String(req.params.meetingId)) ? await services.meeting.find(em, String(req.params.meetingId)) : null;
      const html = meeting ? await services.report.minutesHtml(em, hubId, meeting.id) : null;
      if (!meeting || !html) {
        sendRefusal(res, 'NOT_FOUND');
        return;
      }
      sendDownload(res, html, { ...fileNames.minutes(meeting.title, meeting.startsAt), contentType: HTML, inline: true });
    }),
  );
  const meetingIcs = guarded(READERS, async (req, res, { hubId, em }) => {
    const meetingId = String(req.params.meetingFile).replace(/\.ics$/, '');
    const meeting = UUID.test(meetingId) ? await services.meeting.find(em, meetingId) : null;
    if (!meeting) {
      sendRefusal(res, 'NOT_FOUND');
      return;
    }
    const ics = toICalendar(meeting.title, [{ meeting, invitees: await services.meeting.invitees(em, meeting.id), hubName: await hubName(em, hubId) }]);
    sendDownload(res, ics, { ...fileNames.meeting(meeting.title, meeting.startsAt), contentType: ICS });
  });
  // Only *.ics here: other paths under /hubs belong to the web client.
  router.get('/hubs/:hubId/meetings/:meetingFile', (req, res, next) => (String(req.params.meetingFile).endsWith('.ics') ? meetingIcs(req, res) : next()));

  // Every record of the hub, for the hub to keep (secretariat and prefecture); the export is audited as a read.
  const hubExport = async (req: Request, res: Response, { hubId, viewer, em }: { hubId: string; viewer: Viewer; em: EntityManager }) =>
    services.report.exportHub(em, hubId, {
      actorId: viewer.userId,
      operation: `export.${req.path.endsWith('.xlsx') ? 'xlsx' : 'json'}`,
      requestId: String(res.locals.requestId),
      address: req.ip ?? null,
    });
  router.get(
    '/hubs/:hubId/export.json',
    guarded(EXPORTERS, async (req, res, scope) => {
      const { data, hubName } = await hubExport(req, res, scope);
      sendDownload(res, `${JSON.stringify(data, null, 1)}\n`, { ...fileNames.hubExport(hubName, 'json'), contentType: 'application/json; charset=utf-8' });
    }),
  );
  router.get(
    '/hubs/:hubId/export.xlsx',
    guarded(EXPORTERS, async (req, res, scope) => {
      const { data, hubName } = await hubExport(req, res, scope);
      await sendWorkbook(res, hubExportWorkbook(data), fileNames.hubExport(hubName, 'xlsx'));
    }),
  );

  const areaReport = async (req: Request, res: Response, render: (report: AreaEvaluation) => Promise<void>) => {
    const db = openDatabase(orm.em);
    const viewer = await services.auth.viewerOf(db, sessionTokenFrom(req.headers.cookie));
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
    const area = await services.reference.findSecondaryArea(db.unscoped(Unscoped.REFERENCE), areaId);
    if (!area || !Number.isInteger(fy)) {
      sendRefusal(res, 'NOT_FOUND');
      return;
    }
    await render({ area: area.name, fiscalYear: fy, rows: await services.rollup.hubs(db.unscoped(Unscoped.PREFECTURE), fy, areaId) });
  };
  router.get('/areas/:areaId/reports/:fiscalYear/evaluation.xlsx', (req, res) =>
    areaReport(req, res, async (report) => sendWorkbook(res, services.report.areaEvaluationWorkbook(report), fileNames.areaEvaluation(report.area, report.fiscalYear, 'xlsx'))),
  );
  router.get('/areas/:areaId/reports/:fiscalYear/evaluation.html', (req, res) =>
    areaReport(req, res, async (report) => sendDownload(res, services.report.areaEvaluationHtml(report), { ...fileNames.areaEvaluation(report.area, report.fiscalYear, 'html'), contentType: HTML, inline: true })),
  );

  return router;
}
