import { Migration } from '@mikro-orm/migrations';

export class Migration20261204191111 extends Migration {

  override name = 'Migration20261204191111';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_chain" ("chain_id" uuid not null, "length" bigint not null, "last_hash" varchar(64) null, primary key ("chain_id"));`);

    this.addSql(`drop policy "audit_entry_append" on "audit_entry";`);
    this.addSql(`drop policy "audit_entry_read_own_hub" on "audit_entry";`);

    this.addSql(`alter type "audit_action" add value if not exists 'SIGN_IN' after 'DELETE';`);
    this.addSql(`alter type "audit_action" add value if not exists 'SIGN_IN_REFUSED' after 'SIGN_IN';`);
    this.addSql(`alter type "audit_action" add value if not exists 'SIGN_OUT' after 'SIGN_IN_REFUSED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'READ' after 'SIGN_OUT';`);
    this.addSql(`alter table "audit_entry" add "address" varchar(64) null, add "chain_position" bigint not null default 0, add "previous_hash" varchar(64) null, add "hash" varchar(64) not null default '';`);
    // Entries written before the chain existed are chained in the order they were written (the
    // digest as the trigger below computes it). The owner is exempt from row-level security only
    // while it is not forced.
    this.addSql(`alter table "audit_entry" no force row level security;`);
    this.addSql(`alter table "audit_entry" disable trigger "audit_entry_append_only";`);
    this.addSql(`do \$\$
      declare
        r record;
        chain uuid;
        previous text;
        position bigint;
      begin
        for r in select id, coalesce(hub_id, '00000000-0000-0000-0000-000000000000') as c from audit_entry order by 2, sequence nulls first, at, id loop
          if chain is distinct from r.c then
            if chain is not null then insert into audit_chain (chain_id, length, last_hash) values (chain, position, previous); end if;
            chain := r.c;
            previous := null;
            position := 0;
          end if;
          position := position + 1;
          update audit_entry set chain_position = position, previous_hash = previous where id = r.id;
          select encode(sha256(convert_to(jsonb_build_array(previous, e.id, e.hub_id, e.sequence, e.chain_position, e.actor_id, e.entity_type, e.entity_id, e.action, e.changes, e.related, e.operation, e.request_id, e.address, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text, 'UTF8')), 'hex') into previous from audit_entry e where id = r.id;
          update audit_entry set hash = previous where id = r.id;
        end loop;
        if chain is not null then insert into audit_chain (chain_id, length, last_hash) values (chain, position, previous); end if;
      end
    \$\$;`);
    this.addSql(`alter table "audit_entry" enable trigger "audit_entry_append_only";`);
    this.addSql(`alter table "audit_entry" force row level security;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_hub_id_chain_position_unique" unique ("hub_id", "chain_position");`);
    // Entries are never changed or removed, whoever asks: the trigger refuses it, and no role but
    // the owner keeps the privilege to try.
    this.addSql(`do \$\$
      declare r record;
      begin
        for r in select distinct grantee from information_schema.role_table_grants where table_name = 'audit_entry' and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE') and grantee <> current_user loop
          execute format('revoke update, delete, truncate on audit_entry from %I', r.grantee);
        end loop;
      end
    \$\$;`);
    this.addSql(`create or replace function "audit_entry_audit_entry_chain_fn"() returns trigger as \$\$ begin insert into audit_chain (chain_id, length) values (coalesce(new.hub_id, '00000000-0000-0000-0000-000000000000'), 0) on conflict (chain_id) do nothing;     update audit_chain set length = length + 1 where chain_id = coalesce(new.hub_id, '00000000-0000-0000-0000-000000000000') returning length, last_hash into new.chain_position, new.previous_hash;     new.hash := encode(sha256(convert_to(jsonb_build_array(new.previous_hash, new.id, new.hub_id, new.sequence, new.chain_position, new.actor_id, new.entity_type, new.entity_id, new.action, new.changes, new.related, new.operation, new.request_id, new.address, to_char(new.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text, 'UTF8')), 'hex');     update audit_chain set last_hash = new.hash where chain_id = coalesce(new.hub_id, '00000000-0000-0000-0000-000000000000');     return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_chain" BEFORE INSERT on "audit_entry" for each ROW execute function "audit_entry_audit_entry_chain_fn"();`);
    this.addSql(`create policy "audit_entry_append" on "audit_entry" for insert with check (coalesce(hub_id, '00000000-0000-0000-0000-000000000000') = coalesce(nullif(current_setting('app.hub_id', true), '')::uuid, '00000000-0000-0000-0000-000000000000'));`);
    this.addSql(`create policy "audit_entry_read_own_hub" on "audit_entry" for select using (coalesce(hub_id, '00000000-0000-0000-0000-000000000000') = coalesce(nullif(current_setting('app.hub_id', true), '')::uuid, '00000000-0000-0000-0000-000000000000'));`);

    this.addSql(`alter table "audit_chain" enable row level security;`);
    this.addSql(`alter table "audit_chain" force row level security;`);
    this.addSql(`create policy "audit_chain_own" on "audit_chain" using (chain_id = coalesce(nullif(current_setting('app.hub_id', true), '')::uuid, '00000000-0000-0000-0000-000000000000')) with check (chain_id = coalesce(nullif(current_setting('app.hub_id', true), '')::uuid, '00000000-0000-0000-0000-000000000000'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_chain" cascade;`);

    this.addSql(`drop policy "audit_entry_read_own_hub" on "audit_entry";`);
    this.addSql(`drop policy "audit_entry_append" on "audit_entry";`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_hub_id_chain_position_unique";`);
    this.addSql(`drop trigger if exists "audit_entry_chain" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_chain_fn"();`);
    this.addSql(`alter table "audit_entry" drop column "address", drop column "chain_position", drop column "previous_hash", drop column "hash";`);
    this.addSql(`create policy "audit_entry_read_own_hub" on "audit_entry" for select to public using ((hub_id = (NULLIF(current_setting('app.hub_id'::text, true), ''::text))::uuid));`);
    this.addSql(`create policy "audit_entry_append" on "audit_entry" for insert to public with check (((hub_id IS NULL) OR (hub_id = (NULLIF(current_setting('app.hub_id'::text, true), ''::text))::uuid)));`);
  }

}
