import { Migration } from '@mikro-orm/migrations';

/**
 * Each expense category only under the sub-caps the subsidy rules place it in. Rows recorded
 * before this rule are reported, never rewritten: the constraints are added NOT VALID, so they bind
 * every new or changed row while the old ones stay as they were until the secretariat corrects them.
 */
export class Migration20261203140117 extends Migration {

  override name = 'Migration20261203140117';

  override async up(): Promise<void> {
    await this.execute(`alter table "budget_line" add "sub_cap_reason" text null;`);
    await this.execute(`alter table "expense" add "sub_cap_reason" text null;`);
    const check = `(sub_cap = 'COORDINATOR_PERSONNEL' and category in ('ALLOWANCES', 'MUTUAL_AID', 'REMUNERATION', 'SALARY', 'WAGES')) or (sub_cap = 'OFFICE' and category in ('COMMISSION', 'HONORARIA', 'RENTAL', 'SERVICES', 'SUPPLIES', 'TRAVEL')) or (sub_cap = 'COORDINATOR_PERSONNEL' and category in ('TRAVEL') and coalesce(btrim(sub_cap_reason), '') <> '')`;
    // The tables are hub-scoped by forced row-level security, even for the owner: read hub by hub.
    const found: Record<string, unknown>[] = [];
    for (const hub of await this.execute(`select id, name from hub order by name`)) {
      await this.execute(`select set_config('app.hub_id', ?, true)`, [hub.id]);
      found.push(
        ...(await this.execute(`select 'expense' as "table", id, spent_on::text as date, sub_cap, category, amount_yen as yen from expense where not (${check}) order by spent_on`)),
        ...(await this.execute(`select 'budget_line' as "table", id, null as date, sub_cap, category, planned_yen as yen from budget_line where not (${check})`)),
      );
      for (const row of found) row.hub ??= hub.name;
    }
    await this.execute(`select set_config('app.hub_id', '', true)`);
    if (found.length) {
      process.emitWarning(
        `${found.length} row(s) file a category under a sub-cap the subsidy rules do not allow; they are kept as they are and must be corrected by the hub:\n` +
          found.map((r) => `  ${String(r.table)} ${String(r.id)} (${String(r.hub)}${r.date ? `, ${String(r.date)}` : ''}): ${String(r.category)} under ${String(r.sub_cap)}, ${String(r.yen)} yen`).join('\n'),
        { code: 'HUB_SUB_CAP_RULE' },
      );
    }
    this.addSql(`alter table "budget_line" add constraint "budget_line_sub_cap_check" check (${check}) not valid;`);
    this.addSql(`alter table "expense" add constraint "expense_sub_cap_check" check (${check}) not valid;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "budget_line" drop constraint "budget_line_sub_cap_check";`);
    this.addSql(`alter table "budget_line" drop column "sub_cap_reason";`);

    this.addSql(`alter table "expense" drop constraint "expense_sub_cap_check";`);
    this.addSql(`alter table "expense" drop column "sub_cap_reason";`);
  }

}
