import { Migration } from '@medusajs/framework/mikro-orm/migrations'

export class Migration20261203172948 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_certificate_number_unique";`,
    )
    this.addSql(
      `create table if not exists "ocop_certificate" ("id" text not null, "stars" integer not null, "certificate_number" text not null, "decision_number" text null, "issuing_level" text check ("issuing_level" in ('province', 'national')) not null, "product_group" text check ("product_group" in ('food', 'beverage', 'herbal', 'textile', 'handicraft', 'tourism')) not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "status" text check ("status" in ('valid', 'expired', 'revoked', 'pending')) not null default 'valid', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_certificate_number_unique" ON "ocop_certificate" ("certificate_number") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certificate" cascade;`)
  }
}
