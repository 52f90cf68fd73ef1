import { Migration } from '@mikro-orm/migrations';

export class Migration20261204195709 extends Migration {

  override name = 'Migration20261204195709';

  override up(): void | Promise<void> {
    this.addSql(`create type "sign_in_step" as enum ('DONE', 'CHANGE_PASSWORD', 'SECOND_FACTOR', 'SET_UP_SECOND_FACTOR');`);
    this.addSql(`alter table "app_user" add "must_change_password" boolean not null default false, add "totp_secret" varchar(255) null, add "totp_enabled_at" timestamptz null, add "totp_last_step" bigint null, add "recovery_code_hashes" text[] not null default '{}';`);

    this.addSql(`alter table "user_session" add "step" "sign_in_step" not null default 'DONE', add "code_failures" int not null default 0, add "pending_totp_secret" varchar(255) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "must_change_password", drop column "totp_secret", drop column "totp_enabled_at", drop column "totp_last_step", drop column "recovery_code_hashes";`);


    this.addSql(`alter table "user_session" drop column "step", drop column "code_failures", drop column "pending_totp_secret";`);

    this.addSql(`drop type "sign_in_step";`);
  }

}
