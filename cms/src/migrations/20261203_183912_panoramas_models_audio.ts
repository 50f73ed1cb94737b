import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_panoramas_hotspots_target" AS ENUM('info', 'panorama', 'heritage', 'product');
  CREATE TYPE "public"."enum_audio_guides_language" AS ENUM('vi', 'en');
  CREATE TABLE "panoramas_hotspots" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"yaw" numeric NOT NULL,
  	"pitch" numeric NOT NULL,
  	"target" "enum_panoramas_hotspots_target" DEFAULT 'info' NOT NULL,
  	"panorama_id" integer,
  	"heritage_id" integer,
  	"product_handle" varchar
  );
  
  CREATE TABLE "panoramas_hotspots_locales" (
  	"label" varchar NOT NULL,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "panoramas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"tiles_width" numeric,
  	"tiles_cols" numeric,
  	"tiles_rows" numeric,
  	"tiles_tile_size" numeric,
  	"tiles_preview_bytes" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "panoramas_locales" (
  	"title" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "models_annotations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"position_x" numeric NOT NULL,
  	"position_y" numeric NOT NULL,
  	"position_z" numeric NOT NULL
  );
  
  CREATE TABLE "models_annotations_locales" (
  	"label" varchar NOT NULL,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "models" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"poster_id" integer,
  	"original_triangles" numeric,
  	"derivative_filename" varchar,
  	"derivative_bytes" numeric,
  	"derivative_triangles" numeric,
  	"bounds_min_x" numeric,
  	"bounds_min_y" numeric,
  	"bounds_min_z" numeric,
  	"bounds_max_x" numeric,
  	"bounds_max_y" numeric,
  	"bounds_max_z" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "models_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "audio_guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"language" "enum_audio_guides_language" DEFAULT 'vi',
  	"duration_seconds" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "audio_guides_locales" (
  	"title" varchar NOT NULL,
  	"captions" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "heritage_sites_rels" ADD COLUMN "panoramas_id" integer;
  ALTER TABLE "heritage_sites_rels" ADD COLUMN "models_id" integer;
  ALTER TABLE "heritage_sites_rels" ADD COLUMN "audio_guides_id" integer;
  ALTER TABLE "_heritage_sites_v_rels" ADD COLUMN "panoramas_id" integer;
  ALTER TABLE "_heritage_sites_v_rels" ADD COLUMN "models_id" integer;
  ALTER TABLE "_heritage_sites_v_rels" ADD COLUMN "audio_guides_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "panoramas_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "models_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audio_guides_id" integer;
  ALTER TABLE "panoramas_hotspots" ADD CONSTRAINT "panoramas_hotspots_panorama_id_panoramas_id_fk" FOREIGN KEY ("panorama_id") REFERENCES "public"."panoramas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "panoramas_hotspots" ADD CONSTRAINT "panoramas_hotspots_heritage_id_heritage_sites_id_fk" FOREIGN KEY ("heritage_id") REFERENCES "public"."heritage_sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "panoramas_hotspots" ADD CONSTRAINT "panoramas_hotspots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panoramas_hotspots_locales" ADD CONSTRAINT "panoramas_hotspots_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panoramas_hotspots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panoramas" ADD CONSTRAINT "panoramas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "panoramas_locales" ADD CONSTRAINT "panoramas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_annotations" ADD CONSTRAINT "models_annotations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models_annotations_locales" ADD CONSTRAINT "models_annotations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models_annotations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models" ADD CONSTRAINT "models_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "models" ADD CONSTRAINT "models_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "models_locales" ADD CONSTRAINT "models_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audio_guides" ADD CONSTRAINT "audio_guides_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audio_guides_locales" ADD CONSTRAINT "audio_guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."audio_guides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "panoramas_hotspots_order_idx" ON "panoramas_hotspots" USING btree ("_order");
  CREATE INDEX "panoramas_hotspots_parent_id_idx" ON "panoramas_hotspots" USING btree ("_parent_id");
  CREATE INDEX "panoramas_hotspots_panorama_idx" ON "panoramas_hotspots" USING btree ("panorama_id");
  CREATE INDEX "panoramas_hotspots_heritage_idx" ON "panoramas_hotspots" USING btree ("heritage_id");
  CREATE UNIQUE INDEX "panoramas_hotspots_locales_locale_parent_id_unique" ON "panoramas_hotspots_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "panoramas_tenant_idx" ON "panoramas" USING btree ("tenant_id");
  CREATE INDEX "panoramas_updated_at_idx" ON "panoramas" USING btree ("updated_at");
  CREATE INDEX "panoramas_created_at_idx" ON "panoramas" USING btree ("created_at");
  CREATE UNIQUE INDEX "panoramas_filename_idx" ON "panoramas" USING btree ("filename");
  CREATE UNIQUE INDEX "panoramas_locales_locale_parent_id_unique" ON "panoramas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "models_annotations_order_idx" ON "models_annotations" USING btree ("_order");
  CREATE INDEX "models_annotations_parent_id_idx" ON "models_annotations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "models_annotations_locales_locale_parent_id_unique" ON "models_annotations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "models_tenant_idx" ON "models" USING btree ("tenant_id");
  CREATE INDEX "models_poster_idx" ON "models" USING btree ("poster_id");
  CREATE INDEX "models_updated_at_idx" ON "models" USING btree ("updated_at");
  CREATE INDEX "models_created_at_idx" ON "models" USING btree ("created_at");
  CREATE UNIQUE INDEX "models_filename_idx" ON "models" USING btree ("filename");
  CREATE UNIQUE INDEX "models_locales_locale_parent_id_unique" ON "models_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "audio_guides_tenant_idx" ON "audio_guides" USING btree ("tenant_id");
  CREATE INDEX "audio_guides_updated_at_idx" ON "audio_guides" USING btree ("updated_at");
  CREATE INDEX "audio_guides_created_at_idx" ON "audio_guides" USING btree ("created_at");
  CREATE UNIQUE INDEX "audio_guides_filename_idx" ON "audio_guides" USING btree ("filename");
  CREATE UNIQUE INDEX "audio_guides_locales_locale_parent_id_unique" ON "audio_guides_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "heritage_sites_rels" ADD CONSTRAINT "heritage_sites_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites_rels" ADD CONSTRAINT "heritage_sites_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites_rels" ADD CONSTRAINT "heritage_sites_rels_audio_guides_fk" FOREIGN KEY ("audio_guides_id") REFERENCES "public"."audio_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_rels" ADD CONSTRAINT "_heritage_sites_v_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_rels" ADD CONSTRAINT "_heritage_sites_v_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_rels" ADD CONSTRAINT "_heritage_sites_v_rels_audio_guides_fk" FOREIGN KEY ("audio_guides_id") REFERENCES "public"."audio_guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audio_guides_fk" FOREIGN KEY ("audio_guides_id") REFERENCES "public"."audio_guides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "heritage_sites_rels_panoramas_id_idx" ON "heritage_sites_rels" USING btree ("panoramas_id");
  CREATE INDEX "heritage_sites_rels_models_id_idx" ON "heritage_sites_rels" USING btree ("models_id");
  CREATE INDEX "heritage_sites_rels_audio_guides_id_idx" ON "heritage_sites_rels" USING btree ("audio_guides_id");
  CREATE INDEX "_heritage_sites_v_rels_panoramas_id_idx" ON "_heritage_sites_v_rels" USING btree ("panoramas_id");
  CREATE INDEX "_heritage_sites_v_rels_models_id_idx" ON "_heritage_sites_v_rels" USING btree ("models_id");
  CREATE INDEX "_heritage_sites_v_rels_audio_guides_id_idx" ON "_heritage_sites_v_rels" USING btree ("audio_guides_id");
  CREATE INDEX "payload_locked_documents_rels_panoramas_id_idx" ON "payload_locked_documents_rels" USING btree ("panoramas_id");
  CREATE INDEX "payload_locked_documents_rels_models_id_idx" ON "payload_locked_documents_rels" USING btree ("models_id");
  CREATE INDEX "payload_locked_documents_rels_audio_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("audio_guides_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "panoramas_hotspots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "panoramas_hotspots_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "panoramas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "panoramas_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "models_annotations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "models_annotations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "models" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "models_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audio_guides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audio_guides_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "panoramas_hotspots" CASCADE;
  DROP TABLE "panoramas_hotspots_locales" CASCADE;
  DROP TABLE "panoramas" CASCADE;
  DROP TABLE "panoramas_locales" CASCADE;
  DROP TABLE "models_annotations" CASCADE;
  DROP TABLE "models_annotations_locales" CASCADE;
  DROP TABLE "models" CASCADE;
  DROP TABLE "models_locales" CASCADE;
  DROP TABLE "audio_guides" CASCADE;
  DROP TABLE "audio_guides_locales" CASCADE;
  ALTER TABLE "heritage_sites_rels" DROP CONSTRAINT "heritage_sites_rels_panoramas_fk";
  
  ALTER TABLE "heritage_sites_rels" DROP CONSTRAINT "heritage_sites_rels_models_fk";
  
  ALTER TABLE "heritage_sites_rels" DROP CONSTRAINT "heritage_sites_rels_audio_guides_fk";
  
  ALTER TABLE "_heritage_sites_v_rels" DROP CONSTRAINT "_heritage_sites_v_rels_panoramas_fk";
  
  ALTER TABLE "_heritage_sites_v_rels" DROP CONSTRAINT "_heritage_sites_v_rels_models_fk";
  
  ALTER TABLE "_heritage_sites_v_rels" DROP CONSTRAINT "_heritage_sites_v_rels_audio_guides_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_panoramas_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_models_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audio_guides_fk";
  
  DROP INDEX "heritage_sites_rels_panoramas_id_idx";
  DROP INDEX "heritage_sites_rels_models_id_idx";
  DROP INDEX "heritage_sites_rels_audio_guides_id_idx";
  DROP INDEX "_heritage_sites_v_rels_panoramas_id_idx";
  DROP INDEX "_heritage_sites_v_rels_models_id_idx";
  DROP INDEX "_heritage_sites_v_rels_audio_guides_id_idx";
  DROP INDEX "payload_locked_documents_rels_panoramas_id_idx";
  DROP INDEX "payload_locked_documents_rels_models_id_idx";
  DROP INDEX "payload_locked_documents_rels_audio_guides_id_idx";
  ALTER TABLE "heritage_sites_rels" DROP COLUMN "panoramas_id";
  ALTER TABLE "heritage_sites_rels" DROP COLUMN "models_id";
  ALTER TABLE "heritage_sites_rels" DROP COLUMN "audio_guides_id";
  ALTER TABLE "_heritage_sites_v_rels" DROP COLUMN "panoramas_id";
  ALTER TABLE "_heritage_sites_v_rels" DROP COLUMN "models_id";
  ALTER TABLE "_heritage_sites_v_rels" DROP COLUMN "audio_guides_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "panoramas_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "models_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audio_guides_id";
  DROP TYPE "public"."enum_panoramas_hotspots_target";
  DROP TYPE "public"."enum_audio_guides_language";`)
}
