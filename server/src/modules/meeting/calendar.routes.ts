import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { Unscoped } from '../../platform/context.js';
import { openDatabase } from '../../platform/database.js';
import { sendDownload } from '../../platform/download.js';
import { sendRefusal } from '../../platform/http-errors.js';
import type { Services } from '../../services.js';
import { fileNames } from '../report/file-names.js';
import { toICalendar, type CalendarMeeting } from './calendar.js';

const ICS = 'text/calendar; charset=utf-8';

/**
 * A person's calendar feed: every meeting of every hub they are in, reached by the feed's secret
 * token alone (calendar applications send no cookie).
 */
export function calendarFeedRoutes(orm: MikroORM, services: Services): Router {
  const router = Router();
  router.get('/calendar/:tokenFile', async (req, res) => {
    const token = String(req.params.tokenFile).replace(/\.ics$/, '');
    const db = openDatabase(orm.em);
    const feed = await services.meeting.feedByToken(db.unscoped(Unscoped.PERSONAL_CALENDAR), token);
    if (!feed) {
      sendRefusal(res, 'NOT_FOUND');
      return;
    }
    const memberships = await services.auth.memberships(db.unscoped(Unscoped.MEMBERSHIP), feed.userId);
    const items: CalendarMeeting[] = [];
    for (const hubId of memberships.keys()) {
      const hubName = (await services.hub.get(db.hub(hubId), hubId)).name;
      for (const { meeting, invitees } of await services.meeting.withInvitees(db.hub(hubId))) items.push({ meeting, invitees, hubName });
    }
    // Inline: calendar applications subscribe to this address rather than save it.
    sendDownload(res, toICalendar('在宅医療連携拠点の会議', items), { ...fileNames.calendarFeed(), contentType: ICS, inline: true });
  });

  return router;
}
