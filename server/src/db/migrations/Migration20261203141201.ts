import { Migration } from '@mikro-orm/migrations';

/**
 * One live honorarium per payee, occasion and role, and activity honoraria paying a lecturer
 * record. Honoraria recorded before are keyed and linked; duplicates among them are reported and
 * flagged (duplicate_before_rule) so the unique indexes can hold for everything from now on.
 */
export class Migration20261203141201 extends Migration {

  override name = 'Migration20261203141201';

  override async up(): Promise<void> {
    this.addSql(`create table "activity_lecturer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "hub_id" uuid not null, "activity_id" uuid not null, "name" varchar(255) not null, "name_key" varchar(255) not null, "organisation" varchar(255) not null default '', primary key ("id"));`);
    this.addSql(`alter table "activity_lecturer" add constraint "activity_lecturer_activity_id_name_key_unique" unique ("activity_id", "name_key");`);

    this.addSql(`alter type "honorarium_state" add value if not exists 'CANCELLED' after 'PAID';`);
    this.addSql(`alter table "honorarium" add "lecturer_id" uuid null, add "payee_key" varchar(255) null, add "duplicate_before_rule" boolean not null default false, add "cancel_reason" text null;`);
    this.addSql(`alter table "honorarium" add constraint "honorarium_lecturer_id_foreign" foreign key ("lecturer_id") references "activity_lecturer" ("id") on delete set null;`);
    this.addSql(`create index "honorarium_lecturer_id_index" on "honorarium" ("lecturer_id");`);

    this.addSql(`alter table "activity_lecturer" add constraint "activity_lecturer_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on delete cascade;`);
    this.addSql(`alter table "activity_lecturer" add constraint "activity_lecturer_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade;`);
    this.addSql(`alter table "activity_lecturer" enable row level security;`);
    this.addSql(`alter table "activity_lecturer" force row level security;`);
    this.addSql(`create policy "activity_lecturer_hub" on "activity_lecturer" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);
    // Run what is queued so far now, inside the migration's transaction (reset() also forgets the
    // transaction, so it is handed back).
    for (const sql of this.getQueries()) await this.execute(sql);
    const ctx = this.ctx;
    this.reset();
    this.setTransactionContext(ctx!);

    // Existing honoraria, hub by hub (forced row-level security binds the owner too): the payee's
    // key as budget/honorarium.rules.ts computes it, a lecturer record for each activity payee, and
    // the later of any duplicates flagged and reported, never cancelled or changed.
    const key = (column: string) => `lower(regexp_replace(normalize(${column}, NFKC), '\\s+', '', 'g'))`;
    const duplicates: Record<string, unknown>[] = [];
    for (const hub of await this.execute(`select id, name from hub order by name`)) {
      await this.execute(`select set_config('app.hub_id', ?, true)`, [hub.id]);
      await this.execute(`update honorarium set payee_key = ${key('payee_name')}`);
      await this.execute(
        `insert into activity_lecturer (id, created_at, updated_at, hub_id, activity_id, name, name_key)
         select distinct on (activity_id, payee_key) gen_random_uuid(), now(), now(), hub_id, activity_id, payee_name, payee_key
         from honorarium where activity_id is not null order by activity_id, payee_key, created_at
         on conflict (activity_id, name_key) do nothing`,
      );
      await this.execute(`update honorarium h set lecturer_id = l.id from activity_lecturer l where h.activity_id = l.activity_id and h.payee_key = l.name_key`);
      const flagged = await this.execute(
        `with ranked as (
           select id, payee_name, role, state, coalesce(meeting_id, activity_id) as occasion,
                  row_number() over (partition by coalesce(meeting_id, activity_id), role, payee_key order by created_at, id) as n
           from honorarium where state in ('PLANNED', 'APPROVED', 'PAID') and coalesce(meeting_id, activity_id) is not null
         )
         update honorarium h set duplicate_before_rule = true from ranked r where r.id = h.id and r.n > 1
         returning h.id, h.payee_name, h.role, h.state, r.occasion`,
      );
      duplicates.push(...flagged.map((row) => ({ ...row, hub: hub.name })));
    }
    await this.execute(`select set_config('app.hub_id', '', true)`);
    if (duplicates.length) {
      process.emitWarning(
        `${duplicates.length} honorarium(s) pay a payee a second time for the same meeting or activity and role; they are flagged duplicate_before_rule and left as they are for the hub to review:\n` +
          duplicates.map((d) => `  honorarium ${String(d.id)} (${String(d.hub)}): ${String(d.payee_name)}, ${String(d.role)}, ${String(d.state)}, occasion ${String(d.occasion)}`).join('\n'),
        { code: 'HUB_DUPLICATE_HONORARIUM' },
      );
    }
    this.addSql(`alter table "honorarium" alter column "payee_key" set not null;`);
    this.addSql(`create unique index "honorarium_activity_payee_role_unique" on "honorarium" ("activity_id", "role", "payee_key") where activity_id is not null and state in ('PLANNED', 'APPROVED', 'PAID') and not duplicate_before_rule;`);
    this.addSql(`create unique index "honorarium_meeting_payee_role_unique" on "honorarium" ("meeting_id", "role", "payee_key") where meeting_id is not null and state in ('PLANNED', 'APPROVED', 'PAID') and not duplicate_before_rule;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "honorarium" drop constraint "honorarium_lecturer_id_foreign";`);

    this.addSql(`drop table if exists "activity_lecturer" cascade;`);



    this.addSql(`drop index "honorarium_lecturer_id_index";`);
    this.addSql(`drop index "honorarium_activity_payee_role_unique";`);
    this.addSql(`drop index "honorarium_meeting_payee_role_unique";`);
    this.addSql(`alter table "honorarium" drop column "lecturer_id", drop column "payee_key", drop column "duplicate_before_rule", drop column "cancel_reason";`);
  }

}
