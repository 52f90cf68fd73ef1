import { Migration } from '@mikro-orm/migrations';

export class Migration20261122114003 extends Migration {

  override name = 'Migration20261122114003';

  override up(): void | Promise<void> {
    this.addSql(`create table "designation_change" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "zone_id" uuid not null, "from_status" "designation_status" null, "to_status" "designation_status" not null, "changed_on" date not null, "note" text not null default '', "recorded_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "designation_change_zone_id_changed_on_index" on "designation_change" ("zone_id", "changed_on");`);

    this.addSql(`create table "zone_approach" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "zone_id" uuid not null, "approached_on" date not null, "who" varchar(255) not null, "agreed" text not null, "recorded_by" uuid null, primary key ("id"));`);
    this.addSql(`create index "zone_approach_zone_id_index" on "zone_approach" ("zone_id");`);

    this.addSql(`alter type "designation_status" add value if not exists 'RESEARCHING' after 'NOT_STARTED';`);
    this.addSql(`alter type "designation_status" add value if not exists 'WITHDRAWN' after 'DESIGNATED';`);
    this.addSql(`alter table "home_care_zone" add "status_changed_on" date null, add "candidate_body" varchar(255) null, add "candidate_institutions" text[] not null;`);

    this.addSql(`alter type "global_role" add value if not exists 'HEALTH_CENTER' after 'PREFECTURE_ADMIN';`);
    this.addSql(`alter table "app_user" add "secondary_area_id" uuid null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_secondary_area_id_foreign" foreign key ("secondary_area_id") references "secondary_area" ("id") on delete set null;`);

    this.addSql(`alter table "designation_change" add constraint "designation_change_zone_id_foreign" foreign key ("zone_id") references "home_care_zone" ("id");`);

    this.addSql(`alter table "zone_approach" add constraint "zone_approach_zone_id_foreign" foreign key ("zone_id") references "home_care_zone" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "designation_change" cascade;`);
    this.addSql(`drop table if exists "zone_approach" cascade;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_secondary_area_id_foreign";`);

    this.addSql(`alter table "app_user" drop column "secondary_area_id";`);

    this.addSql(`alter table "home_care_zone" drop column "status_changed_on", drop column "candidate_body", drop column "candidate_institutions";`);
  }

}
