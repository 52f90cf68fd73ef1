import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200553 extends Migration {

  override name = 'Migration20261201200553';

  override up(): void | Promise<void> {
    this.addSql(`alter table "programme_result" add "version" int not null default 1;`);

    this.addSql(`alter table "participation" add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "participation" drop column "version";`);

    this.addSql(`alter table "programme_result" drop column "version";`);
  }

}
