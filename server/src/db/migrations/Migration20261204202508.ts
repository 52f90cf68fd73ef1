import { Migration } from '@mikro-orm/migrations';

export class Migration20261204202508 extends Migration {

  override name = 'Migration20261204202508';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "meeting_meeting_same_hub_fn"() returns trigger as \$\$ begin if new.series_id is not null and not exists (select 1 from "meeting_series" r where r.id = new.series_id and r.hub_id = new.hub_id) then raise exception 'series is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "meeting_same_hub" BEFORE INSERT OR UPDATE on "meeting" for each ROW execute function "meeting_meeting_same_hub_fn"();`);

    this.addSql(`create or replace function "invitee_invitee_same_hub_fn"() returns trigger as \$\$ begin if new.meeting_id is not null and not exists (select 1 from "meeting" r where r.id = new.meeting_id and r.hub_id = new.hub_id) then raise exception 'meeting is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "invitee_same_hub" BEFORE INSERT OR UPDATE on "invitee" for each ROW execute function "invitee_invitee_same_hub_fn"();`);

    this.addSql(`create or replace function "plan_plan_same_hub_fn"() returns trigger as \$\$ begin if new.cycle_id is not null and not exists (select 1 from "cycle" r where r.id = new.cycle_id and r.hub_id = new.hub_id) then raise exception 'cycle is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "plan_same_hub" BEFORE INSERT OR UPDATE on "plan" for each ROW execute function "plan_plan_same_hub_fn"();`);

    this.addSql(`create or replace function "project_project_same_hub_fn"() returns trigger as \$\$ begin if new.plan_id is not null and not exists (select 1 from "plan" r where r.id = new.plan_id and r.hub_id = new.hub_id) then raise exception 'plan is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "project_same_hub" BEFORE INSERT OR UPDATE on "project" for each ROW execute function "project_project_same_hub_fn"();`);

    this.addSql(`create or replace function "project_evaluation_project_evaluation_same_hub_fn"() returns trigger as \$\$ begin if new.project_id is not null and not exists (select 1 from "project" r where r.id = new.project_id and r.hub_id = new.hub_id) then raise exception 'project is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "project_evaluation_same_hub" BEFORE INSERT OR UPDATE on "project_evaluation" for each ROW execute function "project_evaluation_project_evaluation_same_hub_fn"();`);

    this.addSql(`create or replace function "planned_activity_planned_activity_same_hub_fn"() returns trigger as \$\$ begin if new.project_id is not null and not exists (select 1 from "project" r where r.id = new.project_id and r.hub_id = new.hub_id) then raise exception 'project is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "planned_activity_same_hub" BEFORE INSERT OR UPDATE on "planned_activity" for each ROW execute function "planned_activity_planned_activity_same_hub_fn"();`);

    this.addSql(`create or replace function "indicator_indicator_same_hub_fn"() returns trigger as \$\$ begin if new.project_id is not null and not exists (select 1 from "project" r where r.id = new.project_id and r.hub_id = new.hub_id) then raise exception 'project is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "indicator_same_hub" BEFORE INSERT OR UPDATE on "indicator" for each ROW execute function "indicator_indicator_same_hub_fn"();`);

    this.addSql(`create or replace function "plan_version_plan_version_same_hub_fn"() returns trigger as \$\$ begin if new.plan_id is not null and not exists (select 1 from "plan" r where r.id = new.plan_id and r.hub_id = new.hub_id) then raise exception 'plan is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "plan_version_same_hub" BEFORE INSERT OR UPDATE on "plan_version" for each ROW execute function "plan_version_plan_version_same_hub_fn"();`);

    this.addSql(`create or replace function "phase_change_phase_change_same_hub_fn"() returns trigger as \$\$ begin if new.cycle_id is not null and not exists (select 1 from "cycle" r where r.id = new.cycle_id and r.hub_id = new.hub_id) then raise exception 'cycle is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "phase_change_same_hub" BEFORE INSERT OR UPDATE on "phase_change" for each ROW execute function "phase_change_phase_change_same_hub_fn"();`);

    this.addSql(`create or replace function "issue_issue_same_hub_fn"() returns trigger as \$\$ begin if new.cycle_id is not null and not exists (select 1 from "cycle" r where r.id = new.cycle_id and r.hub_id = new.hub_id) then raise exception 'cycle is not a record of this hub' using errcode = 'foreign_key_violation'; end if; if new.merged_into_id is not null and not exists (select 1 from "issue" r where r.id = new.merged_into_id and r.hub_id = new.hub_id) then raise exception 'mergedInto is not a record of this hub' using errcode = 'foreign_key_violation'; end if; if new.carried_from_id is not null and not exists (select 1 from "issue" r where r.id = new.carried_from_id and r.hub_id = new.hub_id) then raise exception 'carriedFrom is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "issue_same_hub" BEFORE INSERT OR UPDATE on "issue" for each ROW execute function "issue_issue_same_hub_fn"();`);

    this.addSql(`create or replace function "project_issue_project_issue_same_hub_fn"() returns trigger as \$\$ begin if new.project_id is not null and not exists (select 1 from "project" r where r.id = new.project_id and r.hub_id = new.hub_id) then raise exception 'project is not a record of this hub' using errcode = 'foreign_key_violation'; end if; if new.issue_id is not null and not exists (select 1 from "issue" r where r.id = new.issue_id and r.hub_id = new.hub_id) then raise exception 'issue is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "project_issue_same_hub" BEFORE INSERT OR UPDATE on "project_issue" for each ROW execute function "project_issue_project_issue_same_hub_fn"();`);

    this.addSql(`create or replace function "budget_line_budget_line_same_hub_fn"() returns trigger as \$\$ begin if new.project_id is not null and not exists (select 1 from "project" r where r.id = new.project_id and r.hub_id = new.hub_id) then raise exception 'project is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "budget_line_same_hub" BEFORE INSERT OR UPDATE on "budget_line" for each ROW execute function "budget_line_budget_line_same_hub_fn"();`);

    this.addSql(`create or replace function "expense_expense_same_hub_fn"() returns trigger as \$\$ begin if new.budget_id is not null and not exists (select 1 from "budget" r where r.id = new.budget_id and r.hub_id = new.hub_id) then raise exception 'budget is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "expense_same_hub" BEFORE INSERT OR UPDATE on "expense" for each ROW execute function "expense_expense_same_hub_fn"();`);

    this.addSql(`create or replace function "agenda_item_agenda_item_same_hub_fn"() returns trigger as \$\$ begin if new.meeting_id is not null and not exists (select 1 from "meeting" r where r.id = new.meeting_id and r.hub_id = new.hub_id) then raise exception 'meeting is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "agenda_item_same_hub" BEFORE INSERT OR UPDATE on "agenda_item" for each ROW execute function "agenda_item_agenda_item_same_hub_fn"();`);

    this.addSql(`create or replace function "advice_advice_same_hub_fn"() returns trigger as \$\$ begin if new.parent_id is not null and not exists (select 1 from "advice" r where r.id = new.parent_id and r.hub_id = new.hub_id) then raise exception 'parent is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "advice_same_hub" BEFORE INSERT OR UPDATE on "advice" for each ROW execute function "advice_advice_same_hub_fn"();`);

    this.addSql(`create or replace function "activity_activity_same_hub_fn"() returns trigger as \$\$ begin if new.project_id is not null and not exists (select 1 from "project" r where r.id = new.project_id and r.hub_id = new.hub_id) then raise exception 'project is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "activity_same_hub" BEFORE INSERT OR UPDATE on "activity" for each ROW execute function "activity_activity_same_hub_fn"();`);

    this.addSql(`create or replace function "survey_response_survey_response_same_hub_fn"() returns trigger as \$\$ begin if new.activity_id is not null and not exists (select 1 from "activity" r where r.id = new.activity_id and r.hub_id = new.hub_id) then raise exception 'activity is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "survey_response_same_hub" BEFORE INSERT OR UPDATE on "survey_response" for each ROW execute function "survey_response_survey_response_same_hub_fn"();`);

    this.addSql(`create or replace function "survey_question_survey_question_same_hub_fn"() returns trigger as \$\$ begin if new.activity_id is not null and not exists (select 1 from "activity" r where r.id = new.activity_id and r.hub_id = new.hub_id) then raise exception 'activity is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "survey_question_same_hub" BEFORE INSERT OR UPDATE on "survey_question" for each ROW execute function "survey_question_survey_question_same_hub_fn"();`);

    this.addSql(`create or replace function "activity_lecturer_activity_lecturer_same_hub_fn"() returns trigger as \$\$ begin if new.activity_id is not null and not exists (select 1 from "activity" r where r.id = new.activity_id and r.hub_id = new.hub_id) then raise exception 'activity is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "activity_lecturer_same_hub" BEFORE INSERT OR UPDATE on "activity_lecturer" for each ROW execute function "activity_lecturer_activity_lecturer_same_hub_fn"();`);

    this.addSql(`create or replace function "honorarium_honorarium_same_hub_fn"() returns trigger as \$\$ begin if new.invitee_id is not null and not exists (select 1 from "invitee" r where r.id = new.invitee_id and r.hub_id = new.hub_id) then raise exception 'invitee is not a record of this hub' using errcode = 'foreign_key_violation'; end if; if new.lecturer_id is not null and not exists (select 1 from "activity_lecturer" r where r.id = new.lecturer_id and r.hub_id = new.hub_id) then raise exception 'lecturer is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "honorarium_same_hub" BEFORE INSERT OR UPDATE on "honorarium" for each ROW execute function "honorarium_honorarium_same_hub_fn"();`);

    this.addSql(`create or replace function "action_item_action_item_same_hub_fn"() returns trigger as \$\$ begin if new.meeting_id is not null and not exists (select 1 from "meeting" r where r.id = new.meeting_id and r.hub_id = new.hub_id) then raise exception 'meeting is not a record of this hub' using errcode = 'foreign_key_violation'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "action_item_same_hub" BEFORE INSERT OR UPDATE on "action_item" for each ROW execute function "action_item_action_item_same_hub_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "action_item_same_hub" on "action_item";`);
    this.addSql(`drop function if exists "action_item_action_item_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "activity_same_hub" on "activity";`);
    this.addSql(`drop function if exists "activity_activity_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "activity_lecturer_same_hub" on "activity_lecturer";`);
    this.addSql(`drop function if exists "activity_lecturer_activity_lecturer_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "advice_same_hub" on "advice";`);
    this.addSql(`drop function if exists "advice_advice_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "agenda_item_same_hub" on "agenda_item";`);
    this.addSql(`drop function if exists "agenda_item_agenda_item_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "budget_line_same_hub" on "budget_line";`);
    this.addSql(`drop function if exists "budget_line_budget_line_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "expense_same_hub" on "expense";`);
    this.addSql(`drop function if exists "expense_expense_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "honorarium_same_hub" on "honorarium";`);
    this.addSql(`drop function if exists "honorarium_honorarium_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "indicator_same_hub" on "indicator";`);
    this.addSql(`drop function if exists "indicator_indicator_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "invitee_same_hub" on "invitee";`);
    this.addSql(`drop function if exists "invitee_invitee_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "issue_same_hub" on "issue";`);
    this.addSql(`drop function if exists "issue_issue_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "meeting_same_hub" on "meeting";`);
    this.addSql(`drop function if exists "meeting_meeting_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "phase_change_same_hub" on "phase_change";`);
    this.addSql(`drop function if exists "phase_change_phase_change_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "plan_same_hub" on "plan";`);
    this.addSql(`drop function if exists "plan_plan_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "plan_version_same_hub" on "plan_version";`);
    this.addSql(`drop function if exists "plan_version_plan_version_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "planned_activity_same_hub" on "planned_activity";`);
    this.addSql(`drop function if exists "planned_activity_planned_activity_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "project_same_hub" on "project";`);
    this.addSql(`drop function if exists "project_project_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "project_evaluation_same_hub" on "project_evaluation";`);
    this.addSql(`drop function if exists "project_evaluation_project_evaluation_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "project_issue_same_hub" on "project_issue";`);
    this.addSql(`drop function if exists "project_issue_project_issue_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "survey_question_same_hub" on "survey_question";`);
    this.addSql(`drop function if exists "survey_question_survey_question_same_hub_fn"();`);

    this.addSql(`drop trigger if exists "survey_response_same_hub" on "survey_response";`);
    this.addSql(`drop function if exists "survey_response_survey_response_same_hub_fn"();`);
  }

}
