import { Migration } from '@medusajs/framework/mikro-orm/migrations'

export class Migration20261203180354 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "experience_session" ("id" text not null, "product_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" integer not null, "seats_taken" integer not null default 0, "language" text not null default 'vi', "meeting_point" text null, "lat" real null, "lng" real null, "status" text check ("status" in ('scheduled', 'cancelled')) not null default 'scheduled', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "experience_session_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_session_deleted_at" ON "experience_session" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_session_product_id_starts_at" ON "experience_session" ("product_id", "starts_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "session_booking" ("id" text not null, "order_id" text null, "line_item_id" text null, "cart_id" text not null, "seats" integer not null, "participants" jsonb null, "status" text check ("status" in ('confirmed', 'cancelled')) not null default 'confirmed', "checked_in_at" timestamptz null, "session_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "session_booking_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_session_booking_session_id" ON "session_booking" ("session_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_session_booking_deleted_at" ON "session_booking" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_session_booking_order_id" ON "session_booking" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_session_booking_cart_id" ON "session_booking" ("cart_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "session_booking" add constraint "session_booking_session_id_foreign" foreign key ("session_id") references "experience_session" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "session_booking" drop constraint if exists "session_booking_session_id_foreign";`,
    )

    this.addSql(`drop table if exists "experience_session" cascade;`)

    this.addSql(`drop table if exists "session_booking" cascade;`)
  }
}
