import { Migration } from '@medusajs/framework/mikro-orm/migrations'

export class Migration20261204091239 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_approval" drop constraint if exists "product_approval_product_id_kind_unique";`,
    )
    this.addSql(
      `create table if not exists "product_approval" ("id" text not null, "kind" text check ("kind" in ('new_product', 'certificate')) not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "product_id" text not null, "cooperative_id" text not null, "tenant_slug" text not null, "proposed" jsonb null, "reason" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_approval_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_approval_deleted_at" ON "product_approval" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_approval_product_id" ON "product_approval" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_approval_tenant_slug_status" ON "product_approval" ("tenant_slug", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_approval_product_id_kind_unique" ON "product_approval" ("product_id", "kind") WHERE status = 'pending' AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_approval" cascade;`)
  }
}
