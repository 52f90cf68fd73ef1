import { Migration } from '@mikro-orm/migrations';

export class Migration20261122104015 extends Migration {

  override name = 'Migration20261122104015';

  override up(): void | Promise<void> {
    this.addSql(`create type "designation_status" as enum ('NOT_STARTED', 'COORDINATING', 'UNDER_REVIEW', 'DESIGNATED');`);
    this.addSql(`create type "municipality_kind" as enum ('CITY', 'TOWN', 'VILLAGE');`);
    this.addSql(`create type "hub_tier" as enum ('SINGLE', 'CORE', 'DISTRICT');`);
    this.addSql(`create type "implementing_body_kind" as enum ('MEDICAL_ASSOCIATION', 'MUNICIPALITY', 'MEDICAL_INSTITUTION', 'VISITING_NURSE_STATION', 'HEALTH_CENTER');`);
    this.addSql(`create type "hub_status" as enum ('PREPARING', 'DESIGNATED', 'REVOKED');`);
    this.addSql(`create type "global_role" as enum ('PREFECTURE_ADMIN');`);
    this.addSql(`create type "hub_role" as enum ('SECRETARIAT', 'ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER');`);
    this.addSql(`create table "login_attempt" ("id" bigserial primary key, "email" varchar(255) not null, "ip" varchar(255) not null, "succeeded" boolean not null, "attempted_at" timestamptz not null);`);
    this.addSql(`create index "login_attempt_ip_attempted_at_index" on "login_attempt" ("ip", "attempted_at");`);
    this.addSql(`create index "login_attempt_email_attempted_at_index" on "login_attempt" ("email", "attempted_at");`);

    this.addSql(`create table "tertiary_area" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "position" smallint not null, primary key ("id"));`);
    this.addSql(`alter table "tertiary_area" add constraint "tertiary_area_name_unique" unique ("name");`);

    this.addSql(`create table "secondary_area" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "position" smallint not null, "tertiary_area_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "secondary_area" add constraint "secondary_area_name_unique" unique ("name");`);

    this.addSql(`create table "home_care_zone" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "position" smallint not null, "secondary_area_id" uuid not null, "designation_status" "designation_status" not null default 'NOT_STARTED', "designated_on" date null, primary key ("id"));`);
    this.addSql(`alter table "home_care_zone" add constraint "home_care_zone_name_unique" unique ("name");`);

    this.addSql(`create table "municipality" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "kind" "municipality_kind" not null, "position" smallint not null, "zone_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "municipality" add constraint "municipality_name_unique" unique ("name");`);
    this.addSql(`create index "municipality_zone_id_index" on "municipality" ("zone_id");`);

    this.addSql(`create table "hub" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "zone_id" uuid not null, "tier" "hub_tier" not null, "implementing_body" varchar(255) not null, "implementing_body_kind" "implementing_body_kind" not null, "co_implementing_body" varchar(255) null, "status" "hub_status" not null default 'PREPARING', "designated_on" date null, "active_role_institutions" text[] not null, primary key ("id"));`);

    this.addSql(`create table "participation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "municipality_id" uuid not null, "contact_name" varchar(255) null, "contact_email" varchar(255) null, "contact_phone" varchar(255) null, primary key ("id"));`);
    this.addSql(`alter table "participation" add constraint "participation_hub_id_municipality_id_unique" unique ("hub_id", "municipality_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(255) not null, "display_name" varchar(255) not null, "password_hash" varchar(255) not null, "global_role" "global_role" null, "password_changed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(255) not null, "user_id" uuid not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(255) null, "user_agent" varchar(512) null, primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create index "user_session_revoked_at_index" on "user_session" ("revoked_at");`);

    this.addSql(`create table "membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "user_id" uuid not null, "role" "hub_role" not null, "municipality_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(`alter table "membership" add constraint "membership_hub_id_user_id_unique" unique ("hub_id", "user_id");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "email" varchar(255) not null, "role" "hub_role" not null, "municipality_id" uuid null, "token_hash" varchar(255) not null, "invited_by_id" uuid null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "invitation_hub_id_index" on "invitation" ("hub_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "zone_population" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "zone_id" uuid not null, "year" smallint not null, "population" int not null, primary key ("id"));`);
    this.addSql(`alter table "zone_population" add constraint "zone_population_zone_id_year_unique" unique ("zone_id", "year");`);

    this.addSql(`alter table "secondary_area" add constraint "secondary_area_tertiary_area_id_foreign" foreign key ("tertiary_area_id") references "tertiary_area" ("id");`);

    this.addSql(`alter table "home_care_zone" add constraint "home_care_zone_secondary_area_id_foreign" foreign key ("secondary_area_id") references "secondary_area" ("id");`);

    this.addSql(`alter table "municipality" add constraint "municipality_zone_id_foreign" foreign key ("zone_id") references "home_care_zone" ("id");`);

    this.addSql(`alter table "hub" add constraint "hub_zone_id_foreign" foreign key ("zone_id") references "home_care_zone" ("id");`);

    this.addSql(`alter table "participation" add constraint "participation_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id");`);
    this.addSql(`alter table "participation" enable row level security;`);
    this.addSql(`alter table "participation" force row level security;`);
    this.addSql(`create policy "participation_hub_policy" on "participation" using ("hub_id" = current_setting('app.hub_id')::uuid);`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on delete set null;`);

    this.addSql(`alter table "invitation" add constraint "invitation_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on delete set null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "zone_population" add constraint "zone_population_zone_id_foreign" foreign key ("zone_id") references "home_care_zone" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "secondary_area" drop constraint "secondary_area_tertiary_area_id_foreign";`);
    this.addSql(`alter table "home_care_zone" drop constraint "home_care_zone_secondary_area_id_foreign";`);
    this.addSql(`alter table "municipality" drop constraint "municipality_zone_id_foreign";`);
    this.addSql(`alter table "hub" drop constraint "hub_zone_id_foreign";`);
    this.addSql(`alter table "zone_population" drop constraint "zone_population_zone_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_municipality_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_municipality_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_municipality_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_hub_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_hub_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_hub_id_foreign";`);
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`drop table if exists "login_attempt" cascade;`);
    this.addSql(`drop table if exists "tertiary_area" cascade;`);
    this.addSql(`drop table if exists "secondary_area" cascade;`);
    this.addSql(`drop table if exists "home_care_zone" cascade;`);
    this.addSql(`drop table if exists "municipality" cascade;`);
    this.addSql(`drop table if exists "hub" cascade;`);
    this.addSql(`drop table if exists "participation" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "zone_population" cascade;`);

    this.addSql(`drop type "designation_status";`);
    this.addSql(`drop type "municipality_kind";`);
    this.addSql(`drop type "hub_tier";`);
    this.addSql(`drop type "implementing_body_kind";`);
    this.addSql(`drop type "hub_status";`);
    this.addSql(`drop type "global_role";`);
    this.addSql(`drop type "hub_role";`);
  }

}
