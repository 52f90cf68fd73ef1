import { Migration } from '@mikro-orm/migrations';

export class Migration20261122113233 extends Migration {

  override name = 'Migration20261122113233';

  override up(): void | Promise<void> {
    this.addSql(`create table "hub_event_counter" ("hub_id" uuid not null, "last_sequence" bigint not null, primary key ("hub_id"));`);

    this.addSql(`alter table "audit_entry" add "sequence" bigint null, add "related" jsonb not null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_hub_id_sequence_unique" unique ("hub_id", "sequence");`);

    this.addSql(`alter table "hub_event_counter" enable row level security;`);
    this.addSql(`alter table "hub_event_counter" force row level security;`);
    this.addSql(`create policy "hub_event_counter_hub" on "hub_event_counter" using (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid) with check (hub_id = nullif(current_setting('app.hub_id', true), '')::uuid);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "hub_event_counter" cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_hub_id_sequence_unique";`);
    this.addSql(`alter table "audit_entry" drop column "sequence", drop column "related";`);
  }

}
