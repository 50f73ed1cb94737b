import { Migration } from '@medusajs/framework/mikro-orm/migrations'

export class Migration20261204091240 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "member_invite" drop constraint if exists "member_invite_token_hash_unique";`,
    )
    this.addSql(
      `create table if not exists "member_invite" ("id" text not null, "email" text not null, "name" text null, "cooperative_id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "member_id" text null, "invited_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "member_invite_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_member_invite_deleted_at" ON "member_invite" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_member_invite_token_hash_unique" ON "member_invite" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_member_invite_cooperative_id" ON "member_invite" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "member_invite" cascade;`)
  }
}
