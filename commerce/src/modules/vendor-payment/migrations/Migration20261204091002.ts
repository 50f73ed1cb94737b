import { Migration } from '@medusajs/framework/mikro-orm/migrations'

export class Migration20261204091002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_payment_receipt" drop constraint if exists "cooperative_payment_receipt_order_id_cooperative_id_unique";`,
    )
    this.addSql(
      `create table if not exists "cooperative_payment_receipt" ("id" text not null, "order_id" text not null, "cooperative_id" text not null, "member_id" text not null, "received_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_payment_receipt_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_payment_receipt_deleted_at" ON "cooperative_payment_receipt" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_payment_receipt_order_id_cooperative_id_unique" ON "cooperative_payment_receipt" ("order_id", "cooperative_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_payment_receipt_cooperative_id" ON "cooperative_payment_receipt" ("cooperative_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_payment_receipt" cascade;`)
  }
}
