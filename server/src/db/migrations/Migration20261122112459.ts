import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112459 extends Migration {

  override name = 'Migration20261122112459';

  override up(): void | Promise<void> {
    this.addSql(`create type "funding_source" as enum ('HUB_SUBSIDY', 'MUNICIPAL_PROGRAMME', 'OTHER');`);
    this.addSql(`create type "meeting_kind" as enum ('COLLABORATION_COUNCIL', 'TRAINING', 'WORKING_GROUP', 'OTHER');`);
    this.addSql(`create type "meeting_status" as enum ('SCHEDULED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED');`);
    this.addSql(`create type "profession" as enum ('DOCTOR', 'DENTIST', 'PHARMACIST', 'NURSE', 'VISITING_NURSE', 'CARE_MANAGER', 'SOCIAL_WORKER', 'THERAPIST', 'MUNICIPAL_STAFF', 'COMMUNITY_CARE_CENTER_STAFF', 'CONSULTATION_SUPPORT_SPECIALIST', 'HEALTH_CENTER_STAFF', 'OTHER');`);
    this.addSql(`create type "rsvp" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'TENTATIVE');`);
    this.addSql(`create type "payee_type" as enum ('INDIVIDUAL', 'CORPORATION');`);
    this.addSql(`create type "honorarium_role" as enum ('ATTENDEE', 'LECTURER');`);
    this.addSql(`create type "honorarium_state" as enum ('PLANNED', 'APPROVED', 'PAID');`);
    this.addSql(`create table "calendar_feed" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "token_hash" varchar(255) not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "calendar_feed_user_id_index" on "calendar_feed" ("user_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "meeting_series" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "rule" varchar(255) not null, "title" varchar(255) not null, primary key ("id"));`);

    this.addSql(`create table "meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "version" int not null default 1, "kind" "meeting_kind" not null, "title" varchar(255) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" varchar(255) not null default '', "online_url" varchar(2000) null, "status" "meeting_status" not null default 'SCHEDULED', "cancellation_reason" varchar(255) null, "sequence" int not null default 0, "series_id" uuid null, "occurrence_date" date null, "minutes_approved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "meeting_hub_id_starts_at_index" on "meeting" ("hub_id", "starts_at");`);

    this.addSql(`create table "invitee" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "meeting_id" uuid not null, "user_id" uuid null, "name" varchar(255) not null, "organisation" varchar(255) not null default '', "profession" "profession" not null, "email" varchar(255) null, "rsvp" "rsvp" not null default 'PENDING', "attended" boolean null, primary key ("id"));`);
    this.addSql(`create index "invitee_meeting_id_index" on "invitee" ("meeting_id");`);

    this.addSql(`create table "honorarium" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "meeting_id" uuid null, "invitee_id" uuid null, "activity_id" uuid null, "fiscal_year" smallint not null, "payee_name" varchar(255) not null, "payee_type" "payee_type" not null, "role" "honorarium_role" not null, "gross_yen" int not null, "withholding_yen" int not null, "net_yen" int not null, "state" "honorarium_state" not null default 'PLANNED', "paid_on" date null, primary key ("id"));`);

    this.addSql(`create table "budget" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "fiscal_year" smallint not null, "rule_set_version" varchar(255) not null, "cap_total_yen" int not null, "cap_personnel_yen" int not null, "cap_office_yen" int not null, primary key ("id"));`);
    this.addSql(`alter table "budget" add constraint "budget_hub_id_fiscal_year_unique" unique ("hub_id", "fiscal_year");`);

    this.addSql(`create table "expense" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "budget_id" uuid not null, "spent_on" date not null, "sub_cap" "sub_cap" not null, "category" "expense_category" not null, "amount_yen" int not null, "description" varchar(255) not null, "payee" varchar(255) not null default '', "meeting_id" uuid null, "activity_id" uuid null, "honorarium_id" uuid null, "receipt_ref" varchar(255) not null default '', "funding_source" "funding_source" not null default 'HUB_SUBSIDY', primary key ("id"));`);
    this.addSql(`alter table "expense" add constraint "expense_honorarium_id_unique" unique ("honorarium_id");`);
    this.addSql(`create index "expense_budget_id_sub_cap_index" on "expense" ("budget_id", "sub_cap");`);

    this.addSql(`create table "agenda_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "meeting_id" uuid not null, "position" smallint not null, "title" varchar(255) not null, "presenter" varchar(255) not null default '', "issue_id" uuid null, "project_id" uuid null, "minutes" text not null default '', "decisions" text[] not null, primary key ("id"));`);
    this.addSql(`create index "agenda_item_meeting_id_index" on "agenda_item" ("meeting_id");`);

    this.addSql(`create table "action_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "description" text not null, "assignee" varchar(255) not null default '', "due_on" date null, "issue_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "action_item_meeting_id_index" on "action_item" ("meeting_id");`);

    this.addSql(`alter table "programme_result" add "funding_source" "funding_source" not null default 'MUNICIPAL_PROGRAMME', add "cost_yen" int not null default 0, add "cost_payee" varchar(255) not null default '', add "cost_date" date null;`);

    this.addSql(`alter table "meeting_series" add constraint "meeting_series_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "meeting_series" enable row level security;`);
    this.addSql(`alter table "meeting_series" force row level security;`);
    this.addSql(`create policy "meeting_series_hub" on "meeting_series" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "meeting" add constraint "meeting_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "meeting" add constraint "meeting_series_id_foreign" foreign key ("series_id") references "meeting_series" ("id") on delete set null;`);
    this.addSql(`alter table "meeting" enable row level security;`);
    this.addSql(`alter table "meeting" force row level security;`);
    this.addSql(`create policy "meeting_hub" on "meeting" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "invitee" add constraint "invitee_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "invitee" add constraint "invitee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "invitee" enable row level security;`);
    this.addSql(`alter table "invitee" force row level security;`);
    this.addSql(`create policy "invitee_hub" on "invitee" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "honorarium" add constraint "honorarium_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "honorarium" add constraint "honorarium_invitee_id_foreign" foreign key ("invitee_id") references "invitee" ("id") on delete set null;`);
    this.addSql(`alter table "honorarium" enable row level security;`);
    this.addSql(`alter table "honorarium" force row level security;`);
    this.addSql(`create policy "honorarium_hub" on "honorarium" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "budget" add constraint "budget_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "budget" enable row level security;`);
    this.addSql(`alter table "budget" force row level security;`);
    this.addSql(`create policy "budget_hub" on "budget" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "expense" add constraint "expense_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "expense" add constraint "expense_budget_id_foreign" foreign key ("budget_id") references "budget" ("id") on delete cascade;`);
    this.addSql(`alter table "expense" enable row level security;`);
    this.addSql(`alter table "expense" force row level security;`);
    this.addSql(`create policy "expense_hub" on "expense" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "agenda_item" enable row level security;`);
    this.addSql(`alter table "agenda_item" force row level security;`);
    this.addSql(`create policy "agenda_item_hub" on "agenda_item" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "action_item" add constraint "action_item_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "action_item" enable row level security;`);
    this.addSql(`alter table "action_item" force row level security;`);
    this.addSql(`create policy "action_item_hub" on "action_item" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meeting" drop constraint "meeting_series_id_foreign";`);
    this.addSql(`alter table "invitee" drop constraint "invitee_meeting_id_foreign";`);
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);
    this.addSql(`alter table "action_item" drop constraint "action_item_meeting_id_foreign";`);
    this.addSql(`alter table "honorarium" drop constraint "honorarium_invitee_id_foreign";`);
    this.addSql(`alter table "expense" drop constraint "expense_budget_id_foreign";`);

    this.addSql(`drop table if exists "calendar_feed" cascade;`);
    this.addSql(`drop table if exists "meeting_series" cascade;`);
    this.addSql(`drop table if exists "meeting" cascade;`);
    this.addSql(`drop table if exists "invitee" cascade;`);
    this.addSql(`drop table if exists "honorarium" cascade;`);
    this.addSql(`drop table if exists "budget" cascade;`);
    this.addSql(`drop table if exists "expense" cascade;`);
    this.addSql(`drop table if exists "agenda_item" cascade;`);
    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`alter table "programme_result" drop column "funding_source", drop column "cost_yen", drop column "cost_payee", drop column "cost_date";`);

    this.addSql(`drop type "funding_source";`);
    this.addSql(`drop type "meeting_kind";`);
    this.addSql(`drop type "meeting_status";`);
    this.addSql(`drop type "profession";`);
    this.addSql(`drop type "rsvp";`);
    this.addSql(`drop type "payee_type";`);
    this.addSql(`drop type "honorarium_role";`);
    this.addSql(`drop type "honorarium_state";`);
  }

}
