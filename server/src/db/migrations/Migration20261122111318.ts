import { Migration } from '@mikro-orm/migrations';

export class Migration20261122111318 extends Migration {

  override name = 'Migration20261122111318';

  override up(): void | Promise<void> {
    this.addSql(`create type "audit_action" as enum ('CREATE', 'UPDATE', 'DELETE');`);
    this.addSql(`create type "designation_status" as enum ('NOT_STARTED', 'COORDINATING', 'UNDER_REVIEW', 'DESIGNATED');`);
    this.addSql(`create type "municipality_kind" as enum ('CITY', 'TOWN', 'VILLAGE');`);
    this.addSql(`create type "hub_tier" as enum ('SINGLE', 'CORE', 'DISTRICT');`);
    this.addSql(`create type "implementing_body_kind" as enum ('MEDICAL_ASSOCIATION', 'MUNICIPALITY', 'MEDICAL_INSTITUTION', 'VISITING_NURSE_STATION', 'HEALTH_CENTER');`);
    this.addSql(`create type "hub_status" as enum ('PREPARING', 'DESIGNATED', 'REVOKED');`);
    this.addSql(`create type "programme_item" as enum ('A_RESOURCES', 'I_ISSUES', 'U_SEAMLESS_PROVISION', 'E_INFORMATION_SHARING', 'O_CONSULTATION', 'KA_TRAINING', 'KI_AWARENESS', 'KU_INTER_MUNICIPAL');`);
    this.addSql(`create type "cycle_phase" as enum ('ISSUE_IDENTIFICATION', 'PLANNING', 'IMPLEMENTATION', 'EVALUATION', 'CLOSED');`);
    this.addSql(`create type "plan_state" as enum ('DRAFT', 'CIRCULATED', 'ADOPTED');`);
    this.addSql(`create type "assessment" as enum ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED');`);
    this.addSql(`create type "indicator_type" as enum ('STRUCTURE', 'PROCESS', 'OUTCOME');`);
    this.addSql(`create type "home_care_function" as enum ('DISCHARGE_SUPPORT', 'DAILY_CARE', 'SUDDEN_DETERIORATION', 'END_OF_LIFE', 'DISASTER_PREPAREDNESS', 'ROUND_THE_CLOCK', 'INFORMATION_SHARING', 'WORKFORCE_DEVELOPMENT', 'PUBLIC_AWARENESS');`);
    this.addSql(`create type "issue_source" as enum ('MEETING', 'SURVEY', 'MUNICIPALITY', 'ADVISOR', 'HEALTH_CENTER');`);
    this.addSql(`create type "issue_priority" as enum ('HIGH', 'MEDIUM', 'LOW');`);
    this.addSql(`create type "issue_status" as enum ('OPEN', 'IN_PROGRESS', 'CARRIED_OVER', 'CLOSED');`);
    this.addSql(`create type "sub_cap" as enum ('COORDINATOR_PERSONNEL', 'OFFICE');`);
    this.addSql(`create type "expense_category" as enum ('REMUNERATION', 'SALARY', 'ALLOWANCES', 'MUTUAL_AID', 'WAGES', 'HONORARIA', 'TRAVEL', 'SUPPLIES', 'SERVICES', 'COMMISSION', 'RENTAL');`);
    this.addSql(`create type "advice_target" as enum ('ISSUE', 'PROJECT', 'ACTIVITY', 'MEETING');`);
    this.addSql(`create type "advice_kind" as enum ('ADVICE', 'IDEA', 'QUESTION', 'COMMENT');`);
    this.addSql(`create type "activity_kind" as enum ('TRAINING', 'AWARENESS_EVENT', 'SURVEY', 'WORKING_GROUP', 'OTHER');`);
    this.addSql(`create type "survey_question_kind" as enum ('TEXT', 'NUMBER', 'CHOICE');`);
    this.addSql(`create type "global_role" as enum ('PREFECTURE_ADMIN');`);
    this.addSql(`create type "hub_role" as enum ('SECRETARIAT', 'ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "hub_id" uuid null, "actor_id" uuid null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "action" "audit_action" not null, "changes" jsonb not null, "operation" varchar(255) not null, "request_id" varchar(255) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_hub_id_entity_type_entity_id_index" on "audit_entry" ("hub_id", "entity_type", "entity_id");`);

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

    this.addSql(`create table "programme_result" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "municipality_id" uuid not null, "project_id" uuid null, "activity_id" uuid null, "item" "programme_item" not null, "description" text not null, "sessions" int not null default 0, "participants" int not null default 0, "period_start" date not null, "period_end" date not null, "fiscal_year" smallint not null, "recorded_by" uuid not null, primary key ("id"));`);
    this.addSql(`create index "programme_result_municipality_id_fiscal_year_index" on "programme_result" ("municipality_id", "fiscal_year");`);

    this.addSql(`create table "participation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "municipality_id" uuid not null, "contact_name" varchar(255) null, "contact_email" varchar(255) null, "contact_phone" varchar(255) null, primary key ("id"));`);
    this.addSql(`alter table "participation" add constraint "participation_hub_id_municipality_id_unique" unique ("hub_id", "municipality_id");`);

    this.addSql(`create table "cycle" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "version" int not null default 1, "fiscal_year" smallint not null, "phase" "cycle_phase" not null default 'ISSUE_IDENTIFICATION', "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "cycle" add constraint "cycle_hub_id_fiscal_year_unique" unique ("hub_id", "fiscal_year");`);

    this.addSql(`create table "plan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "version" int not null default 1, "cycle_id" uuid not null, "state" "plan_state" not null default 'DRAFT', "version_number" int not null default 1, "adopted_on" date null, "adopted_at" varchar(255) null, "adopted_meeting_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "plan" add constraint "plan_cycle_id_unique" unique ("cycle_id");`);

    this.addSql(`create table "project" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "version" int not null default 1, "plan_id" uuid not null, "title" varchar(255) not null, "objective" text not null default '', "position" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "project_plan_id_index" on "project" ("plan_id");`);

    this.addSql(`create table "project_evaluation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "project_id" uuid not null, "assessment" "assessment" not null, "text" text not null, "evaluated_by" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "project_evaluation" add constraint "project_evaluation_project_id_unique" unique ("project_id");`);

    this.addSql(`create table "planned_activity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "project_id" uuid not null, "title" varchar(255) not null, "starts_on" date null, "ends_on" date null, primary key ("id"));`);
    this.addSql(`create index "planned_activity_project_id_index" on "planned_activity" ("project_id");`);

    this.addSql(`create table "indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "project_id" uuid not null, "name" varchar(255) not null, "type" "indicator_type" not null, "unit" varchar(255) not null default '', "baseline" double precision null, "target" double precision null, "actual" double precision null, primary key ("id"));`);
    this.addSql(`create index "indicator_project_id_index" on "indicator" ("project_id");`);

    this.addSql(`create table "plan_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "plan_id" uuid not null, "number" int not null, "state" "plan_state" not null, "adopted_on" date null, "snapshot" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "plan_version" add constraint "plan_version_plan_id_number_unique" unique ("plan_id", "number");`);

    this.addSql(`create table "phase_change" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "cycle_id" uuid not null, "from_phase" "cycle_phase" not null, "to_phase" "cycle_phase" not null, "reason" text null, "changed_by" uuid not null, primary key ("id"));`);

    this.addSql(`create table "issue" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "version" int not null default 1, "cycle_id" uuid not null, "title" varchar(255) not null, "description" text not null default '', "functions" "home_care_function"[] not null, "source" "issue_source" not null, "raised_by" uuid not null, "raised_by_municipality_id" uuid null, "priority" "issue_priority" not null default 'MEDIUM', "status" "issue_status" not null default 'OPEN', "carry_over" boolean not null default false, "merged_into_id" uuid null, "carried_from_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "issue_cycle_id_index" on "issue" ("cycle_id");`);

    this.addSql(`create table "project_issue" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "project_id" uuid not null, "issue_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "project_issue_issue_id_index" on "project_issue" ("issue_id");`);
    this.addSql(`alter table "project_issue" add constraint "project_issue_project_id_issue_id_unique" unique ("project_id", "issue_id");`);

    this.addSql(`create table "budget_line" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "project_id" uuid not null, "sub_cap" "sub_cap" not null, "category" "expense_category" not null, "planned_yen" int not null, "description" varchar(255) not null default '', primary key ("id"));`);
    this.addSql(`create index "budget_line_project_id_index" on "budget_line" ("project_id");`);

    this.addSql(`create table "advice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "target_type" "advice_target" not null, "target_id" uuid not null, "kind" "advice_kind" not null, "body" text not null, "author_id" uuid not null, "parent_id" uuid null, "taken_into_project_id" uuid null, "taken_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "advice_target_type_target_id_index" on "advice" ("target_type", "target_id");`);

    this.addSql(`create table "activity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "version" int not null default 1, "project_id" uuid not null, "kind" "activity_kind" not null, "title" varchar(255) not null, "starts_on" date null, "ends_on" date null, "place" varchar(255) not null default '', "participants" jsonb not null, "outcome_notes" text not null default '', "evidence_links" text[] not null, "survey_deadline" date null, "survey_sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "activity_project_id_index" on "activity" ("project_id");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "activity_id" uuid not null, "municipality_id" uuid not null, "answers" jsonb not null, "answered_by" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_activity_id_municipality_id_unique" unique ("activity_id", "municipality_id");`);

    this.addSql(`create table "survey_question" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "activity_id" uuid not null, "position" smallint not null, "text" text not null, "kind" "survey_question_kind" not null, "choices" text[] not null, primary key ("id"));`);
    this.addSql(`create index "survey_question_activity_id_index" on "survey_question" ("activity_id");`);

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

    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit entries cannot be changed or removed' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`alter table "audit_entry" enable row level security;`);
    this.addSql(`alter table "audit_entry" force row level security;`);
    this.addSql(`create policy "audit_entry_read_own_hub" on "audit_entry" for select using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);
    this.addSql(`create policy "audit_entry_append" on "audit_entry" for insert with check (hub_id is null or hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);
    this.addSql(`create policy "audit_entry_update_refused" on "audit_entry" for update using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (false);`);
    this.addSql(`create policy "audit_entry_delete_refused" on "audit_entry" for delete using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "secondary_area" add constraint "secondary_area_tertiary_area_id_foreign" foreign key ("tertiary_area_id") references "tertiary_area" ("id");`);

    this.addSql(`alter table "home_care_zone" add constraint "home_care_zone_secondary_area_id_foreign" foreign key ("secondary_area_id") references "secondary_area" ("id");`);

    this.addSql(`alter table "municipality" add constraint "municipality_zone_id_foreign" foreign key ("zone_id") references "home_care_zone" ("id");`);

    this.addSql(`alter table "hub" add constraint "hub_zone_id_foreign" foreign key ("zone_id") references "home_care_zone" ("id");`);

    this.addSql(`alter table "programme_result" add constraint "programme_result_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "programme_result" add constraint "programme_result_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id");`);
    this.addSql(`alter table "programme_result" enable row level security;`);
    this.addSql(`alter table "programme_result" force row level security;`);
    this.addSql(`create policy "programme_result_hub" on "programme_result" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "participation" add constraint "participation_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id");`);
    this.addSql(`alter table "participation" enable row level security;`);
    this.addSql(`alter table "participation" force row level security;`);
    this.addSql(`create policy "participation_hub" on "participation" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "cycle" add constraint "cycle_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "cycle" enable row level security;`);
    this.addSql(`alter table "cycle" force row level security;`);
    this.addSql(`create policy "cycle_hub" on "cycle" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "plan" add constraint "plan_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "plan" add constraint "plan_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on delete cascade;`);
    this.addSql(`alter table "plan" enable row level security;`);
    this.addSql(`alter table "plan" force row level security;`);
    this.addSql(`create policy "plan_hub" on "plan" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "project" add constraint "project_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "project" add constraint "project_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on delete cascade;`);
    this.addSql(`alter table "project" enable row level security;`);
    this.addSql(`alter table "project" force row level security;`);
    this.addSql(`create policy "project_hub" on "project" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "project_evaluation" add constraint "project_evaluation_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "project_evaluation" add constraint "project_evaluation_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_evaluation" enable row level security;`);
    this.addSql(`alter table "project_evaluation" force row level security;`);
    this.addSql(`create policy "project_evaluation_hub" on "project_evaluation" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "planned_activity" add constraint "planned_activity_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "planned_activity" add constraint "planned_activity_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "planned_activity" enable row level security;`);
    this.addSql(`alter table "planned_activity" force row level security;`);
    this.addSql(`create policy "planned_activity_hub" on "planned_activity" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "indicator" add constraint "indicator_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "indicator" add constraint "indicator_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "indicator" enable row level security;`);
    this.addSql(`alter table "indicator" force row level security;`);
    this.addSql(`create policy "indicator_hub" on "indicator" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "plan_version" add constraint "plan_version_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "plan_version" add constraint "plan_version_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on delete cascade;`);
    this.addSql(`alter table "plan_version" enable row level security;`);
    this.addSql(`alter table "plan_version" force row level security;`);
    this.addSql(`create policy "plan_version_hub" on "plan_version" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "phase_change" add constraint "phase_change_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "phase_change" add constraint "phase_change_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on delete cascade;`);
    this.addSql(`alter table "phase_change" enable row level security;`);
    this.addSql(`alter table "phase_change" force row level security;`);
    this.addSql(`create policy "phase_change_hub" on "phase_change" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "issue" add constraint "issue_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "issue" add constraint "issue_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on delete cascade;`);
    this.addSql(`alter table "issue" add constraint "issue_raised_by_municipality_id_foreign" foreign key ("raised_by_municipality_id") references "municipality" ("id") on delete set null;`);
    this.addSql(`alter table "issue" add constraint "issue_merged_into_id_foreign" foreign key ("merged_into_id") references "issue" ("id") on delete set null;`);
    this.addSql(`alter table "issue" add constraint "issue_carried_from_id_foreign" foreign key ("carried_from_id") references "issue" ("id") on delete set null;`);
    this.addSql(`alter table "issue" enable row level security;`);
    this.addSql(`alter table "issue" force row level security;`);
    this.addSql(`create policy "issue_hub" on "issue" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "project_issue" add constraint "project_issue_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "project_issue" add constraint "project_issue_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_issue" add constraint "project_issue_issue_id_foreign" foreign key ("issue_id") references "issue" ("id") on delete cascade;`);
    this.addSql(`alter table "project_issue" enable row level security;`);
    this.addSql(`alter table "project_issue" force row level security;`);
    this.addSql(`create policy "project_issue_hub" on "project_issue" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "budget_line" add constraint "budget_line_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "budget_line" enable row level security;`);
    this.addSql(`alter table "budget_line" force row level security;`);
    this.addSql(`create policy "budget_line_hub" on "budget_line" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "advice" add constraint "advice_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "advice" add constraint "advice_parent_id_foreign" foreign key ("parent_id") references "advice" ("id") on delete cascade;`);
    this.addSql(`alter table "advice" enable row level security;`);
    this.addSql(`alter table "advice" force row level security;`);
    this.addSql(`create policy "advice_hub" on "advice" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "activity" add constraint "activity_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "activity" enable row level security;`);
    this.addSql(`alter table "activity" force row level security;`);
    this.addSql(`create policy "activity_hub" on "activity" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id");`);
    this.addSql(`alter table "survey_response" enable row level security;`);
    this.addSql(`alter table "survey_response" force row level security;`);
    this.addSql(`create policy "survey_response_hub" on "survey_response" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

    this.addSql(`alter table "survey_question" add constraint "survey_question_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "survey_question" add constraint "survey_question_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade;`);
    this.addSql(`alter table "survey_question" enable row level security;`);
    this.addSql(`alter table "survey_question" force row level security;`);
    this.addSql(`create policy "survey_question_hub" on "survey_question" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);

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
    this.addSql(`alter table "programme_result" drop constraint "programme_result_municipality_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_municipality_id_foreign";`);
    this.addSql(`alter table "issue" drop constraint "issue_raised_by_municipality_id_foreign";`);
    this.addSql(`alter table "survey_response" drop constraint "survey_response_municipality_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_municipality_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_municipality_id_foreign";`);
    this.addSql(`alter table "programme_result" drop constraint "programme_result_hub_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_hub_id_foreign";`);
    this.addSql(`alter table "cycle" drop constraint "cycle_hub_id_foreign";`);
    this.addSql(`alter table "plan" drop constraint "plan_hub_id_foreign";`);
    this.addSql(`alter table "project" drop constraint "project_hub_id_foreign";`);
    this.addSql(`alter table "project_evaluation" drop constraint "project_evaluation_hub_id_foreign";`);
    this.addSql(`alter table "planned_activity" drop constraint "planned_activity_hub_id_foreign";`);
    this.addSql(`alter table "indicator" drop constraint "indicator_hub_id_foreign";`);
    this.addSql(`alter table "plan_version" drop constraint "plan_version_hub_id_foreign";`);
    this.addSql(`alter table "phase_change" drop constraint "phase_change_hub_id_foreign";`);
    this.addSql(`alter table "issue" drop constraint "issue_hub_id_foreign";`);
    this.addSql(`alter table "project_issue" drop constraint "project_issue_hub_id_foreign";`);
    this.addSql(`alter table "budget_line" drop constraint "budget_line_hub_id_foreign";`);
    this.addSql(`alter table "advice" drop constraint "advice_hub_id_foreign";`);
    this.addSql(`alter table "activity" drop constraint "activity_hub_id_foreign";`);
    this.addSql(`alter table "survey_response" drop constraint "survey_response_hub_id_foreign";`);
    this.addSql(`alter table "survey_question" drop constraint "survey_question_hub_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_hub_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_hub_id_foreign";`);
    this.addSql(`alter table "plan" drop constraint "plan_cycle_id_foreign";`);
    this.addSql(`alter table "phase_change" drop constraint "phase_change_cycle_id_foreign";`);
    this.addSql(`alter table "issue" drop constraint "issue_cycle_id_foreign";`);
    this.addSql(`alter table "project" drop constraint "project_plan_id_foreign";`);
    this.addSql(`alter table "plan_version" drop constraint "plan_version_plan_id_foreign";`);
    this.addSql(`alter table "project_evaluation" drop constraint "project_evaluation_project_id_foreign";`);
    this.addSql(`alter table "planned_activity" drop constraint "planned_activity_project_id_foreign";`);
    this.addSql(`alter table "indicator" drop constraint "indicator_project_id_foreign";`);
    this.addSql(`alter table "project_issue" drop constraint "project_issue_project_id_foreign";`);
    this.addSql(`alter table "budget_line" drop constraint "budget_line_project_id_foreign";`);
    this.addSql(`alter table "activity" drop constraint "activity_project_id_foreign";`);
    this.addSql(`alter table "issue" drop constraint "issue_merged_into_id_foreign";`);
    this.addSql(`alter table "issue" drop constraint "issue_carried_from_id_foreign";`);
    this.addSql(`alter table "project_issue" drop constraint "project_issue_issue_id_foreign";`);
    this.addSql(`alter table "advice" drop constraint "advice_parent_id_foreign";`);
    this.addSql(`alter table "survey_response" drop constraint "survey_response_activity_id_foreign";`);
    this.addSql(`alter table "survey_question" drop constraint "survey_question_activity_id_foreign";`);
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "login_attempt" cascade;`);
    this.addSql(`drop table if exists "tertiary_area" cascade;`);
    this.addSql(`drop table if exists "secondary_area" cascade;`);
    this.addSql(`drop table if exists "home_care_zone" cascade;`);
    this.addSql(`drop table if exists "municipality" cascade;`);
    this.addSql(`drop table if exists "hub" cascade;`);
    this.addSql(`drop table if exists "programme_result" cascade;`);
    this.addSql(`drop table if exists "participation" cascade;`);
    this.addSql(`drop table if exists "cycle" cascade;`);
    this.addSql(`drop table if exists "plan" cascade;`);
    this.addSql(`drop table if exists "project" cascade;`);
    this.addSql(`drop table if exists "project_evaluation" cascade;`);
    this.addSql(`drop table if exists "planned_activity" cascade;`);
    this.addSql(`drop table if exists "indicator" cascade;`);
    this.addSql(`drop table if exists "plan_version" cascade;`);
    this.addSql(`drop table if exists "phase_change" cascade;`);
    this.addSql(`drop table if exists "issue" cascade;`);
    this.addSql(`drop table if exists "project_issue" cascade;`);
    this.addSql(`drop table if exists "budget_line" cascade;`);
    this.addSql(`drop table if exists "advice" cascade;`);
    this.addSql(`drop table if exists "activity" cascade;`);
    this.addSql(`drop table if exists "survey_response" cascade;`);
    this.addSql(`drop table if exists "survey_question" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "zone_population" cascade;`);

    this.addSql(`drop type "audit_action";`);
    this.addSql(`drop type "designation_status";`);
    this.addSql(`drop type "municipality_kind";`);
    this.addSql(`drop type "hub_tier";`);
    this.addSql(`drop type "implementing_body_kind";`);
    this.addSql(`drop type "hub_status";`);
    this.addSql(`drop type "programme_item";`);
    this.addSql(`drop type "cycle_phase";`);
    this.addSql(`drop type "plan_state";`);
    this.addSql(`drop type "assessment";`);
    this.addSql(`drop type "indicator_type";`);
    this.addSql(`drop type "home_care_function";`);
    this.addSql(`drop type "issue_source";`);
    this.addSql(`drop type "issue_priority";`);
    this.addSql(`drop type "issue_status";`);
    this.addSql(`drop type "sub_cap";`);
    this.addSql(`drop type "expense_category";`);
    this.addSql(`drop type "advice_target";`);
    this.addSql(`drop type "advice_kind";`);
    this.addSql(`drop type "activity_kind";`);
    this.addSql(`drop type "survey_question_kind";`);
    this.addSql(`drop type "global_role";`);
    this.addSql(`drop type "hub_role";`);
  }

}
