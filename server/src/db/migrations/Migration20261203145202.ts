import { Migration } from '@mikro-orm/migrations';

/**
 * A zone has one single hub, or one core hub and district hubs. Hubs placed before the rule that
 * break it are reported and flagged (before_zone_rule), never revoked or changed: the prefecture
 * decides which stands. The unique indexes then hold for every hub from now on.
 */
export class Migration20261203145202 extends Migration {

  override name = 'Migration20261203145202';

  override async up(): Promise<void> {
    await this.execute(`alter table "hub" add "before_zone_rule" boolean not null default false;`);
    // Later hubs that break the structure: a second live single or core hub, or any live hub beside a single one.
    const flagged = await this.execute(`
      with live as (
        select h.id, h.name, h.tier, h.zone_id, h.created_at, z.name as zone,
               row_number() over (partition by h.zone_id order by h.created_at, h.id) as n,
               first_value(h.tier) over (partition by h.zone_id order by h.created_at, h.id) as first_tier,
               row_number() over (partition by h.zone_id, h.tier = 'CORE' order by h.created_at, h.id) as n_core
        from hub h join home_care_zone z on z.id = h.zone_id
        where h.status in ('PREPARING', 'DESIGNATED')
      )
      update hub set before_zone_rule = true from live
      where live.id = hub.id and live.n > 1 and (live.first_tier = 'SINGLE' or live.tier = 'SINGLE' or (live.tier = 'CORE' and live.n_core > 1))
      returning hub.id, live.name, live.tier, live.zone`);
    if (flagged.length) {
      process.emitWarning(
        `${flagged.length} hub(s) break the zone structure (one single hub, or one core hub and district hubs); they are flagged before_zone_rule and left as they are for the prefecture to decide:\n` +
          flagged.map((h) => `  hub ${String(h.id)} ${String(h.name)} (${String(h.zone)}, ${String(h.tier)})`).join('\n'),
        { code: 'HUB_ZONE_STRUCTURE' },
      );
    }
    this.addSql(`create unique index "hub_zone_core_unique" on "hub" ("zone_id") where tier = 'CORE' and status in ('PREPARING', 'DESIGNATED') and not before_zone_rule;`);
    this.addSql(`create unique index "hub_zone_single_unique" on "hub" ("zone_id") where tier = 'SINGLE' and status in ('PREPARING', 'DESIGNATED') and not before_zone_rule;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "hub_zone_core_unique";`);
    this.addSql(`drop index "hub_zone_single_unique";`);
    this.addSql(`alter table "hub" drop column "before_zone_rule";`);
  }

}
