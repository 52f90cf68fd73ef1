import { Migration } from '@mikro-orm/migrations';

export class Migration20261203110759 extends Migration {

  override name = 'Migration20261203110759';

  override up(): void | Promise<void> {
    this.addSql(`create index "login_attempt_attempted_at_index" on "login_attempt" ("attempted_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "login_attempt_attempted_at_index";`);
  }

}
