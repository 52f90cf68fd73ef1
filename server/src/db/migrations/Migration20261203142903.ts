import { Migration } from '@mikro-orm/migrations';

/** Near matches of one cost claimed twice are recorded only with the reason they differ (see budget/funding.rules.ts). */
export class Migration20261203142903 extends Migration {

  override name = 'Migration20261203142903';

  override up(): void | Promise<void> {
    this.addSql(`alter table "programme_result" add "double_funding_reason" text null;`);

    this.addSql(`alter table "expense" add "double_funding_reason" text null;`);
  }

  override down(): void | Promise<void> {

    this.addSql(`alter table "expense" drop column "double_funding_reason";`);

    this.addSql(`alter table "programme_result" drop column "double_funding_reason";`);
  }

}
