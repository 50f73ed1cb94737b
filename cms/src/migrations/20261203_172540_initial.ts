import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('platform-admin');
  CREATE TYPE "public"."enum_users_tenants_roles" AS ENUM('tenant-admin', 'editor', 'contributor');
  CREATE TYPE "public"."enum_tenants_default_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_heritage_sites_kind" AS ENUM('battlefield-relic', 'relic', 'museum', 'monument', 'memorial', 'architecture', 'archaeological', 'village', 'landscape', 'intangible');
  CREATE TYPE "public"."enum_heritage_sites_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__heritage_sites_v_version_kind" AS ENUM('battlefield-relic', 'relic', 'museum', 'monument', 'memorial', 'architecture', 'archaeological', 'village', 'landscape', 'intangible');
  CREATE TYPE "public"."enum__heritage_sites_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__heritage_sites_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_tenants_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_tenants_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_tenants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"is_demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "tenants_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "tenants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"default_locale" "enum_tenants_default_locale" DEFAULT 'vi' NOT NULL,
  	"map_lat" numeric,
  	"map_lng" numeric,
  	"map_zoom" numeric DEFAULT 13,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"commerce_sales_channel_id" varchar,
  	"commerce_publishable_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tenants_locales" (
  	"name" varchar NOT NULL,
  	"contact_address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "heritage_sites_key_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"fact" varchar
  );
  
  CREATE TABLE "heritage_sites_related_product_handles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"handle" varchar
  );
  
  CREATE TABLE "heritage_sites_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "heritage_sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"kind" "enum_heritage_sites_kind" DEFAULT 'relic',
  	"rank_decision" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"location_commune" varchar,
  	"ticket_price_vnd" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_heritage_sites_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "heritage_sites_locales" (
  	"title" varchar,
  	"heritage_rank" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"location_address" varchar,
  	"location_coordinates_note" varchar,
  	"opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_heritage_sites_v_version_key_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"fact" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_heritage_sites_v_version_related_product_handles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"handle" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_heritage_sites_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_heritage_sites_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__heritage_sites_v_version_kind" DEFAULT 'relic',
  	"version_rank_decision" varchar,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_location_commune" varchar,
  	"version_ticket_price_vnd" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__heritage_sites_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__heritage_sites_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_heritage_sites_v_locales" (
  	"version_title" varchar,
  	"version_heritage_rank" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_location_address" varchar,
  	"version_location_coordinates_note" varchar,
  	"version_opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"tenants_id" integer,
  	"heritage_sites_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants_roles" ADD CONSTRAINT "users_tenants_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_domains" ADD CONSTRAINT "tenants_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_locales" ADD CONSTRAINT "tenants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites_key_facts" ADD CONSTRAINT "heritage_sites_key_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites_related_product_handles" ADD CONSTRAINT "heritage_sites_related_product_handles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites_sources" ADD CONSTRAINT "heritage_sites_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites" ADD CONSTRAINT "heritage_sites_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "heritage_sites_locales" ADD CONSTRAINT "heritage_sites_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_version_key_facts" ADD CONSTRAINT "_heritage_sites_v_version_key_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_heritage_sites_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_version_related_product_handles" ADD CONSTRAINT "_heritage_sites_v_version_related_product_handles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_heritage_sites_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_version_sources" ADD CONSTRAINT "_heritage_sites_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_heritage_sites_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v" ADD CONSTRAINT "_heritage_sites_v_parent_id_heritage_sites_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."heritage_sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v" ADD CONSTRAINT "_heritage_sites_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_locales" ADD CONSTRAINT "_heritage_sites_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_heritage_sites_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_heritage_sites_fk" FOREIGN KEY ("heritage_sites_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_tenants_roles_order_idx" ON "users_tenants_roles" USING btree ("order");
  CREATE INDEX "users_tenants_roles_parent_idx" ON "users_tenants_roles" USING btree ("parent_id");
  CREATE INDEX "users_tenants_order_idx" ON "users_tenants" USING btree ("_order");
  CREATE INDEX "users_tenants_parent_id_idx" ON "users_tenants" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_tenant_idx" ON "users_tenants" USING btree ("tenant_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "tenants_domains_order_idx" ON "tenants_domains" USING btree ("_order");
  CREATE INDEX "tenants_domains_parent_id_idx" ON "tenants_domains" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tenants_slug_idx" ON "tenants" USING btree ("slug");
  CREATE INDEX "tenants_updated_at_idx" ON "tenants" USING btree ("updated_at");
  CREATE INDEX "tenants_created_at_idx" ON "tenants" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenants_locales_locale_parent_id_unique" ON "tenants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "heritage_sites_key_facts_order_idx" ON "heritage_sites_key_facts" USING btree ("_order");
  CREATE INDEX "heritage_sites_key_facts_parent_id_idx" ON "heritage_sites_key_facts" USING btree ("_parent_id");
  CREATE INDEX "heritage_sites_key_facts_locale_idx" ON "heritage_sites_key_facts" USING btree ("_locale");
  CREATE INDEX "heritage_sites_related_product_handles_order_idx" ON "heritage_sites_related_product_handles" USING btree ("_order");
  CREATE INDEX "heritage_sites_related_product_handles_parent_id_idx" ON "heritage_sites_related_product_handles" USING btree ("_parent_id");
  CREATE INDEX "heritage_sites_sources_order_idx" ON "heritage_sites_sources" USING btree ("_order");
  CREATE INDEX "heritage_sites_sources_parent_id_idx" ON "heritage_sites_sources" USING btree ("_parent_id");
  CREATE INDEX "heritage_sites_tenant_idx" ON "heritage_sites" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "heritage_sites_slug_idx" ON "heritage_sites" USING btree ("slug");
  CREATE INDEX "heritage_sites_updated_at_idx" ON "heritage_sites" USING btree ("updated_at");
  CREATE INDEX "heritage_sites_created_at_idx" ON "heritage_sites" USING btree ("created_at");
  CREATE INDEX "heritage_sites__status_idx" ON "heritage_sites" USING btree ("_status");
  CREATE UNIQUE INDEX "heritage_sites_locales_locale_parent_id_unique" ON "heritage_sites_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_heritage_sites_v_version_key_facts_order_idx" ON "_heritage_sites_v_version_key_facts" USING btree ("_order");
  CREATE INDEX "_heritage_sites_v_version_key_facts_parent_id_idx" ON "_heritage_sites_v_version_key_facts" USING btree ("_parent_id");
  CREATE INDEX "_heritage_sites_v_version_key_facts_locale_idx" ON "_heritage_sites_v_version_key_facts" USING btree ("_locale");
  CREATE INDEX "_heritage_sites_v_version_related_product_handles_order_idx" ON "_heritage_sites_v_version_related_product_handles" USING btree ("_order");
  CREATE INDEX "_heritage_sites_v_version_related_product_handles_parent_id_idx" ON "_heritage_sites_v_version_related_product_handles" USING btree ("_parent_id");
  CREATE INDEX "_heritage_sites_v_version_sources_order_idx" ON "_heritage_sites_v_version_sources" USING btree ("_order");
  CREATE INDEX "_heritage_sites_v_version_sources_parent_id_idx" ON "_heritage_sites_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_heritage_sites_v_parent_idx" ON "_heritage_sites_v" USING btree ("parent_id");
  CREATE INDEX "_heritage_sites_v_version_version_tenant_idx" ON "_heritage_sites_v" USING btree ("version_tenant_id");
  CREATE INDEX "_heritage_sites_v_version_version_slug_idx" ON "_heritage_sites_v" USING btree ("version_slug");
  CREATE INDEX "_heritage_sites_v_version_version_updated_at_idx" ON "_heritage_sites_v" USING btree ("version_updated_at");
  CREATE INDEX "_heritage_sites_v_version_version_created_at_idx" ON "_heritage_sites_v" USING btree ("version_created_at");
  CREATE INDEX "_heritage_sites_v_version_version__status_idx" ON "_heritage_sites_v" USING btree ("version__status");
  CREATE INDEX "_heritage_sites_v_created_at_idx" ON "_heritage_sites_v" USING btree ("created_at");
  CREATE INDEX "_heritage_sites_v_updated_at_idx" ON "_heritage_sites_v" USING btree ("updated_at");
  CREATE INDEX "_heritage_sites_v_snapshot_idx" ON "_heritage_sites_v" USING btree ("snapshot");
  CREATE INDEX "_heritage_sites_v_published_locale_idx" ON "_heritage_sites_v" USING btree ("published_locale");
  CREATE INDEX "_heritage_sites_v_latest_idx" ON "_heritage_sites_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_heritage_sites_v_locales_locale_parent_id_unique" ON "_heritage_sites_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_tenants_id_idx" ON "payload_locked_documents_rels" USING btree ("tenants_id");
  CREATE INDEX "payload_locked_documents_rels_heritage_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("heritage_sites_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_tenants_roles" CASCADE;
  DROP TABLE "users_tenants" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "tenants_domains" CASCADE;
  DROP TABLE "tenants" CASCADE;
  DROP TABLE "tenants_locales" CASCADE;
  DROP TABLE "heritage_sites_key_facts" CASCADE;
  DROP TABLE "heritage_sites_related_product_handles" CASCADE;
  DROP TABLE "heritage_sites_sources" CASCADE;
  DROP TABLE "heritage_sites" CASCADE;
  DROP TABLE "heritage_sites_locales" CASCADE;
  DROP TABLE "_heritage_sites_v_version_key_facts" CASCADE;
  DROP TABLE "_heritage_sites_v_version_related_product_handles" CASCADE;
  DROP TABLE "_heritage_sites_v_version_sources" CASCADE;
  DROP TABLE "_heritage_sites_v" CASCADE;
  DROP TABLE "_heritage_sites_v_locales" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_tenants_roles";
  DROP TYPE "public"."enum_tenants_default_locale";
  DROP TYPE "public"."enum_heritage_sites_kind";
  DROP TYPE "public"."enum_heritage_sites_status";
  DROP TYPE "public"."enum__heritage_sites_v_version_kind";
  DROP TYPE "public"."enum__heritage_sites_v_version_status";
  DROP TYPE "public"."enum__heritage_sites_v_published_locale";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
