import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111455 extends Migration {

  override name = 'Migration20261203111455';

  override up(): void | Promise<void> {
    this.addSql(`alter table "expense" add "not_meal_reason" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "expense" drop column "not_meal_reason";`);
  }

}
