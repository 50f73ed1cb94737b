import { Migration } from '@medusajs/framework/mikro-orm/migrations'

export class Migration20261203172949 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_email_unique";`,
    )
    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`,
    )
    this.addSql(
      `create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name_vi" text not null, "name_en" text not null, "kind" text check ("kind" in ('cooperative', 'household_business', 'company')) not null, "commune" text null, "district" text null, "tenant_slug" text not null, "contact" jsonb null, "payout_bank" jsonb null, "description_vi" text null, "description_en" text null, "logo_url" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "cooperative_member" ("id" text not null, "email" text not null, "name" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_member_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_cooperative_id" ON "cooperative_member" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_deleted_at" ON "cooperative_member" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_member_email_unique" ON "cooperative_member" ("email") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "cooperative_member" add constraint "cooperative_member_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_cooperative_id_foreign";`,
    )

    this.addSql(`drop table if exists "cooperative" cascade;`)

    this.addSql(`drop table if exists "cooperative_member" cascade;`)
  }
}
