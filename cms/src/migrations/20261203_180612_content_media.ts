import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_festivals_kind" AS ENUM('festival', 'commemoration', 'tradition');
  CREATE TYPE "public"."enum_festivals_recurrence_calendar" AS ENUM('solar', 'lunar', 'none');
  CREATE TYPE "public"."enum_festivals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__festivals_v_version_kind" AS ENUM('festival', 'commemoration', 'tradition');
  CREATE TYPE "public"."enum__festivals_v_version_recurrence_calendar" AS ENUM('solar', 'lunar', 'none');
  CREATE TYPE "public"."enum__festivals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__festivals_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_places_category" AS ENUM('attraction', 'food', 'lodging', 'market', 'viewpoint', 'service', 'village', 'experience');
  CREATE TYPE "public"."enum_places_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__places_v_version_category" AS ENUM('attraction', 'food', 'lodging', 'market', 'viewpoint', 'service', 'village', 'experience');
  CREATE TYPE "public"."enum__places_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__places_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_published_locale" AS ENUM('vi', 'en');
  CREATE TABLE "heritage_sites_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"festivals_id" integer
  );
  
  CREATE TABLE "_heritage_sites_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"festivals_id" integer
  );
  
  CREATE TABLE "festivals_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"when" varchar
  );
  
  CREATE TABLE "festivals_related_experience_handles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"handle" varchar
  );
  
  CREATE TABLE "festivals_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "festivals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"kind" "enum_festivals_kind" DEFAULT 'festival',
  	"heritage_site_id" integer,
  	"recurrence_calendar" "enum_festivals_recurrence_calendar" DEFAULT 'solar',
  	"recurrence_day" numeric,
  	"recurrence_month" numeric,
  	"recurrence_duration_days" numeric DEFAULT 1,
  	"recurrence_leap_month" boolean,
  	"recurrence_approximate" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_festivals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "festivals_locales" (
  	"title" varchar,
  	"ethnic_group" varchar,
  	"place" varchar,
  	"recurrence_note" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "festivals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_festivals_v_version_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"when" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_festivals_v_version_related_experience_handles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"handle" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_festivals_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_festivals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__festivals_v_version_kind" DEFAULT 'festival',
  	"version_heritage_site_id" integer,
  	"version_recurrence_calendar" "enum__festivals_v_version_recurrence_calendar" DEFAULT 'solar',
  	"version_recurrence_day" numeric,
  	"version_recurrence_month" numeric,
  	"version_recurrence_duration_days" numeric DEFAULT 1,
  	"version_recurrence_leap_month" boolean,
  	"version_recurrence_approximate" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__festivals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__festivals_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_festivals_v_locales" (
  	"version_title" varchar,
  	"version_ethnic_group" varchar,
  	"version_place" varchar,
  	"version_recurrence_note" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_festivals_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "places_related_experience_handles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"handle" varchar
  );
  
  CREATE TABLE "places_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "places" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"category" "enum_places_category" DEFAULT 'attraction',
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"location_commune" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_website" varchar,
  	"cooperative_handle" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_places_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "places_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"location_address" varchar,
  	"location_coordinates_note" varchar,
  	"opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "places_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"heritage_sites_id" integer
  );
  
  CREATE TABLE "_places_v_version_related_experience_handles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"handle" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_places_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_places_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_category" "enum__places_v_version_category" DEFAULT 'attraction',
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_location_commune" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_contact_website" varchar,
  	"version_cooperative_handle" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__places_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__places_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_places_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_location_address" varchar,
  	"version_location_coordinates_note" varchar,
  	"version_opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_places_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"heritage_sites_id" integer
  );
  
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"author" varchar,
  	"published_at" timestamp(3) with time zone,
  	"cover_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stories_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"heritage_sites_id" integer
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_author" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_cover_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__stories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_stories_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"heritage_sites_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"credit" varchar,
  	"is_placeholder" boolean,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_card_avif_url" varchar,
  	"sizes_card_avif_width" numeric,
  	"sizes_card_avif_height" numeric,
  	"sizes_card_avif_mime_type" varchar,
  	"sizes_card_avif_filesize" numeric,
  	"sizes_card_avif_filename" varchar,
  	"sizes_card_jpeg_url" varchar,
  	"sizes_card_jpeg_width" numeric,
  	"sizes_card_jpeg_height" numeric,
  	"sizes_card_jpeg_mime_type" varchar,
  	"sizes_card_jpeg_filesize" numeric,
  	"sizes_card_jpeg_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_hero_jpeg_url" varchar,
  	"sizes_hero_jpeg_width" numeric,
  	"sizes_hero_jpeg_height" numeric,
  	"sizes_hero_jpeg_mime_type" varchar,
  	"sizes_hero_jpeg_filesize" numeric,
  	"sizes_hero_jpeg_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"hero_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar,
  	"hero_title" varchar,
  	"hero_subtitle" varchar,
  	"footer_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "festivals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "places_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_settings_id" integer;
  ALTER TABLE "heritage_sites_rels" ADD CONSTRAINT "heritage_sites_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites_rels" ADD CONSTRAINT "heritage_sites_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "heritage_sites_rels" ADD CONSTRAINT "heritage_sites_rels_festivals_fk" FOREIGN KEY ("festivals_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_rels" ADD CONSTRAINT "_heritage_sites_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_heritage_sites_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_rels" ADD CONSTRAINT "_heritage_sites_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_heritage_sites_v_rels" ADD CONSTRAINT "_heritage_sites_v_rels_festivals_fk" FOREIGN KEY ("festivals_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_programme" ADD CONSTRAINT "festivals_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_related_experience_handles" ADD CONSTRAINT "festivals_related_experience_handles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_sources" ADD CONSTRAINT "festivals_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals" ADD CONSTRAINT "festivals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "festivals" ADD CONSTRAINT "festivals_heritage_site_id_heritage_sites_id_fk" FOREIGN KEY ("heritage_site_id") REFERENCES "public"."heritage_sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "festivals_locales" ADD CONSTRAINT "festivals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_rels" ADD CONSTRAINT "festivals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals_rels" ADD CONSTRAINT "festivals_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_festivals_v_version_programme" ADD CONSTRAINT "_festivals_v_version_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_festivals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_festivals_v_version_related_experience_handles" ADD CONSTRAINT "_festivals_v_version_related_experience_handles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_festivals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_festivals_v_version_sources" ADD CONSTRAINT "_festivals_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_festivals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_festivals_v" ADD CONSTRAINT "_festivals_v_parent_id_festivals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."festivals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_festivals_v" ADD CONSTRAINT "_festivals_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_festivals_v" ADD CONSTRAINT "_festivals_v_version_heritage_site_id_heritage_sites_id_fk" FOREIGN KEY ("version_heritage_site_id") REFERENCES "public"."heritage_sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_festivals_v_locales" ADD CONSTRAINT "_festivals_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_festivals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_festivals_v_rels" ADD CONSTRAINT "_festivals_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_festivals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_festivals_v_rels" ADD CONSTRAINT "_festivals_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_related_experience_handles" ADD CONSTRAINT "places_related_experience_handles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_sources" ADD CONSTRAINT "places_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places" ADD CONSTRAINT "places_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "places_locales" ADD CONSTRAINT "places_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rels" ADD CONSTRAINT "places_rels_heritage_sites_fk" FOREIGN KEY ("heritage_sites_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_related_experience_handles" ADD CONSTRAINT "_places_v_version_related_experience_handles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_version_sources" ADD CONSTRAINT "_places_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v" ADD CONSTRAINT "_places_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_places_v_locales" ADD CONSTRAINT "_places_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_places_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_places_v_rels" ADD CONSTRAINT "_places_v_rels_heritage_sites_fk" FOREIGN KEY ("heritage_sites_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_locales" ADD CONSTRAINT "stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_heritage_sites_fk" FOREIGN KEY ("heritage_sites_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_locales" ADD CONSTRAINT "_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_heritage_sites_fk" FOREIGN KEY ("heritage_sites_id") REFERENCES "public"."heritage_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation" ADD CONSTRAINT "site_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links" ADD CONSTRAINT "site_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "heritage_sites_rels_order_idx" ON "heritage_sites_rels" USING btree ("order");
  CREATE INDEX "heritage_sites_rels_parent_idx" ON "heritage_sites_rels" USING btree ("parent_id");
  CREATE INDEX "heritage_sites_rels_path_idx" ON "heritage_sites_rels" USING btree ("path");
  CREATE INDEX "heritage_sites_rels_media_id_idx" ON "heritage_sites_rels" USING btree ("media_id");
  CREATE INDEX "heritage_sites_rels_festivals_id_idx" ON "heritage_sites_rels" USING btree ("festivals_id");
  CREATE INDEX "_heritage_sites_v_rels_order_idx" ON "_heritage_sites_v_rels" USING btree ("order");
  CREATE INDEX "_heritage_sites_v_rels_parent_idx" ON "_heritage_sites_v_rels" USING btree ("parent_id");
  CREATE INDEX "_heritage_sites_v_rels_path_idx" ON "_heritage_sites_v_rels" USING btree ("path");
  CREATE INDEX "_heritage_sites_v_rels_media_id_idx" ON "_heritage_sites_v_rels" USING btree ("media_id");
  CREATE INDEX "_heritage_sites_v_rels_festivals_id_idx" ON "_heritage_sites_v_rels" USING btree ("festivals_id");
  CREATE INDEX "festivals_programme_order_idx" ON "festivals_programme" USING btree ("_order");
  CREATE INDEX "festivals_programme_parent_id_idx" ON "festivals_programme" USING btree ("_parent_id");
  CREATE INDEX "festivals_programme_locale_idx" ON "festivals_programme" USING btree ("_locale");
  CREATE INDEX "festivals_related_experience_handles_order_idx" ON "festivals_related_experience_handles" USING btree ("_order");
  CREATE INDEX "festivals_related_experience_handles_parent_id_idx" ON "festivals_related_experience_handles" USING btree ("_parent_id");
  CREATE INDEX "festivals_sources_order_idx" ON "festivals_sources" USING btree ("_order");
  CREATE INDEX "festivals_sources_parent_id_idx" ON "festivals_sources" USING btree ("_parent_id");
  CREATE INDEX "festivals_tenant_idx" ON "festivals" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "festivals_slug_idx" ON "festivals" USING btree ("slug");
  CREATE INDEX "festivals_heritage_site_idx" ON "festivals" USING btree ("heritage_site_id");
  CREATE INDEX "festivals_updated_at_idx" ON "festivals" USING btree ("updated_at");
  CREATE INDEX "festivals_created_at_idx" ON "festivals" USING btree ("created_at");
  CREATE INDEX "festivals__status_idx" ON "festivals" USING btree ("_status");
  CREATE UNIQUE INDEX "festivals_locales_locale_parent_id_unique" ON "festivals_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "festivals_rels_order_idx" ON "festivals_rels" USING btree ("order");
  CREATE INDEX "festivals_rels_parent_idx" ON "festivals_rels" USING btree ("parent_id");
  CREATE INDEX "festivals_rels_path_idx" ON "festivals_rels" USING btree ("path");
  CREATE INDEX "festivals_rels_media_id_idx" ON "festivals_rels" USING btree ("media_id");
  CREATE INDEX "_festivals_v_version_programme_order_idx" ON "_festivals_v_version_programme" USING btree ("_order");
  CREATE INDEX "_festivals_v_version_programme_parent_id_idx" ON "_festivals_v_version_programme" USING btree ("_parent_id");
  CREATE INDEX "_festivals_v_version_programme_locale_idx" ON "_festivals_v_version_programme" USING btree ("_locale");
  CREATE INDEX "_festivals_v_version_related_experience_handles_order_idx" ON "_festivals_v_version_related_experience_handles" USING btree ("_order");
  CREATE INDEX "_festivals_v_version_related_experience_handles_parent_id_idx" ON "_festivals_v_version_related_experience_handles" USING btree ("_parent_id");
  CREATE INDEX "_festivals_v_version_sources_order_idx" ON "_festivals_v_version_sources" USING btree ("_order");
  CREATE INDEX "_festivals_v_version_sources_parent_id_idx" ON "_festivals_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_festivals_v_parent_idx" ON "_festivals_v" USING btree ("parent_id");
  CREATE INDEX "_festivals_v_version_version_tenant_idx" ON "_festivals_v" USING btree ("version_tenant_id");
  CREATE INDEX "_festivals_v_version_version_slug_idx" ON "_festivals_v" USING btree ("version_slug");
  CREATE INDEX "_festivals_v_version_version_heritage_site_idx" ON "_festivals_v" USING btree ("version_heritage_site_id");
  CREATE INDEX "_festivals_v_version_version_updated_at_idx" ON "_festivals_v" USING btree ("version_updated_at");
  CREATE INDEX "_festivals_v_version_version_created_at_idx" ON "_festivals_v" USING btree ("version_created_at");
  CREATE INDEX "_festivals_v_version_version__status_idx" ON "_festivals_v" USING btree ("version__status");
  CREATE INDEX "_festivals_v_created_at_idx" ON "_festivals_v" USING btree ("created_at");
  CREATE INDEX "_festivals_v_updated_at_idx" ON "_festivals_v" USING btree ("updated_at");
  CREATE INDEX "_festivals_v_snapshot_idx" ON "_festivals_v" USING btree ("snapshot");
  CREATE INDEX "_festivals_v_published_locale_idx" ON "_festivals_v" USING btree ("published_locale");
  CREATE INDEX "_festivals_v_latest_idx" ON "_festivals_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_festivals_v_locales_locale_parent_id_unique" ON "_festivals_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_festivals_v_rels_order_idx" ON "_festivals_v_rels" USING btree ("order");
  CREATE INDEX "_festivals_v_rels_parent_idx" ON "_festivals_v_rels" USING btree ("parent_id");
  CREATE INDEX "_festivals_v_rels_path_idx" ON "_festivals_v_rels" USING btree ("path");
  CREATE INDEX "_festivals_v_rels_media_id_idx" ON "_festivals_v_rels" USING btree ("media_id");
  CREATE INDEX "places_related_experience_handles_order_idx" ON "places_related_experience_handles" USING btree ("_order");
  CREATE INDEX "places_related_experience_handles_parent_id_idx" ON "places_related_experience_handles" USING btree ("_parent_id");
  CREATE INDEX "places_sources_order_idx" ON "places_sources" USING btree ("_order");
  CREATE INDEX "places_sources_parent_id_idx" ON "places_sources" USING btree ("_parent_id");
  CREATE INDEX "places_tenant_idx" ON "places" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "places_slug_idx" ON "places" USING btree ("slug");
  CREATE INDEX "places_updated_at_idx" ON "places" USING btree ("updated_at");
  CREATE INDEX "places_created_at_idx" ON "places" USING btree ("created_at");
  CREATE INDEX "places__status_idx" ON "places" USING btree ("_status");
  CREATE UNIQUE INDEX "places_locales_locale_parent_id_unique" ON "places_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "places_rels_order_idx" ON "places_rels" USING btree ("order");
  CREATE INDEX "places_rels_parent_idx" ON "places_rels" USING btree ("parent_id");
  CREATE INDEX "places_rels_path_idx" ON "places_rels" USING btree ("path");
  CREATE INDEX "places_rels_media_id_idx" ON "places_rels" USING btree ("media_id");
  CREATE INDEX "places_rels_heritage_sites_id_idx" ON "places_rels" USING btree ("heritage_sites_id");
  CREATE INDEX "_places_v_version_related_experience_handles_order_idx" ON "_places_v_version_related_experience_handles" USING btree ("_order");
  CREATE INDEX "_places_v_version_related_experience_handles_parent_id_idx" ON "_places_v_version_related_experience_handles" USING btree ("_parent_id");
  CREATE INDEX "_places_v_version_sources_order_idx" ON "_places_v_version_sources" USING btree ("_order");
  CREATE INDEX "_places_v_version_sources_parent_id_idx" ON "_places_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_places_v_parent_idx" ON "_places_v" USING btree ("parent_id");
  CREATE INDEX "_places_v_version_version_tenant_idx" ON "_places_v" USING btree ("version_tenant_id");
  CREATE INDEX "_places_v_version_version_slug_idx" ON "_places_v" USING btree ("version_slug");
  CREATE INDEX "_places_v_version_version_updated_at_idx" ON "_places_v" USING btree ("version_updated_at");
  CREATE INDEX "_places_v_version_version_created_at_idx" ON "_places_v" USING btree ("version_created_at");
  CREATE INDEX "_places_v_version_version__status_idx" ON "_places_v" USING btree ("version__status");
  CREATE INDEX "_places_v_created_at_idx" ON "_places_v" USING btree ("created_at");
  CREATE INDEX "_places_v_updated_at_idx" ON "_places_v" USING btree ("updated_at");
  CREATE INDEX "_places_v_snapshot_idx" ON "_places_v" USING btree ("snapshot");
  CREATE INDEX "_places_v_published_locale_idx" ON "_places_v" USING btree ("published_locale");
  CREATE INDEX "_places_v_latest_idx" ON "_places_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_places_v_locales_locale_parent_id_unique" ON "_places_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_places_v_rels_order_idx" ON "_places_v_rels" USING btree ("order");
  CREATE INDEX "_places_v_rels_parent_idx" ON "_places_v_rels" USING btree ("parent_id");
  CREATE INDEX "_places_v_rels_path_idx" ON "_places_v_rels" USING btree ("path");
  CREATE INDEX "_places_v_rels_media_id_idx" ON "_places_v_rels" USING btree ("media_id");
  CREATE INDEX "_places_v_rels_heritage_sites_id_idx" ON "_places_v_rels" USING btree ("heritage_sites_id");
  CREATE INDEX "stories_tenant_idx" ON "stories" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_cover_idx" ON "stories" USING btree ("cover_id");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "stories__status_idx" ON "stories" USING btree ("_status");
  CREATE UNIQUE INDEX "stories_locales_locale_parent_id_unique" ON "stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "stories_rels_order_idx" ON "stories_rels" USING btree ("order");
  CREATE INDEX "stories_rels_parent_idx" ON "stories_rels" USING btree ("parent_id");
  CREATE INDEX "stories_rels_path_idx" ON "stories_rels" USING btree ("path");
  CREATE INDEX "stories_rels_heritage_sites_id_idx" ON "stories_rels" USING btree ("heritage_sites_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_tenant_idx" ON "_stories_v" USING btree ("version_tenant_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_cover_idx" ON "_stories_v" USING btree ("version_cover_id");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_version_version__status_idx" ON "_stories_v" USING btree ("version__status");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "_stories_v_snapshot_idx" ON "_stories_v" USING btree ("snapshot");
  CREATE INDEX "_stories_v_published_locale_idx" ON "_stories_v" USING btree ("published_locale");
  CREATE INDEX "_stories_v_latest_idx" ON "_stories_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_stories_v_locales_locale_parent_id_unique" ON "_stories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_rels_order_idx" ON "_stories_v_rels" USING btree ("order");
  CREATE INDEX "_stories_v_rels_parent_idx" ON "_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_stories_v_rels_path_idx" ON "_stories_v_rels" USING btree ("path");
  CREATE INDEX "_stories_v_rels_heritage_sites_id_idx" ON "_stories_v_rels" USING btree ("heritage_sites_id");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_card_avif_sizes_card_avif_filename_idx" ON "media" USING btree ("sizes_card_avif_filename");
  CREATE INDEX "media_sizes_card_jpeg_sizes_card_jpeg_filename_idx" ON "media" USING btree ("sizes_card_jpeg_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_hero_jpeg_sizes_hero_jpeg_filename_idx" ON "media" USING btree ("sizes_hero_jpeg_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_navigation_order_idx" ON "site_settings_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_navigation_parent_id_idx" ON "site_settings_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_settings_navigation_locale_idx" ON "site_settings_navigation" USING btree ("_locale");
  CREATE INDEX "site_settings_footer_links_order_idx" ON "site_settings_footer_links" USING btree ("_order");
  CREATE INDEX "site_settings_footer_links_parent_id_idx" ON "site_settings_footer_links" USING btree ("_parent_id");
  CREATE INDEX "site_settings_footer_links_locale_idx" ON "site_settings_footer_links" USING btree ("_locale");
  CREATE UNIQUE INDEX "site_settings_tenant_idx" ON "site_settings" USING btree ("tenant_id");
  CREATE INDEX "site_settings_hero_hero_image_idx" ON "site_settings" USING btree ("hero_image_id");
  CREATE INDEX "site_settings_updated_at_idx" ON "site_settings" USING btree ("updated_at");
  CREATE INDEX "site_settings_created_at_idx" ON "site_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_festivals_fk" FOREIGN KEY ("festivals_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_settings_fk" FOREIGN KEY ("site_settings_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_festivals_id_idx" ON "payload_locked_documents_rels" USING btree ("festivals_id");
  CREATE INDEX "payload_locked_documents_rels_places_id_idx" ON "payload_locked_documents_rels" USING btree ("places_id");
  CREATE INDEX "payload_locked_documents_rels_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("stories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_site_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("site_settings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "heritage_sites_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_heritage_sites_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals_programme" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals_related_experience_handles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_festivals_v_version_programme" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_festivals_v_version_related_experience_handles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_festivals_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_festivals_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_festivals_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_festivals_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_related_experience_handles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "places_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_version_related_experience_handles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_places_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_navigation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_footer_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "heritage_sites_rels" CASCADE;
  DROP TABLE "_heritage_sites_v_rels" CASCADE;
  DROP TABLE "festivals_programme" CASCADE;
  DROP TABLE "festivals_related_experience_handles" CASCADE;
  DROP TABLE "festivals_sources" CASCADE;
  DROP TABLE "festivals" CASCADE;
  DROP TABLE "festivals_locales" CASCADE;
  DROP TABLE "festivals_rels" CASCADE;
  DROP TABLE "_festivals_v_version_programme" CASCADE;
  DROP TABLE "_festivals_v_version_related_experience_handles" CASCADE;
  DROP TABLE "_festivals_v_version_sources" CASCADE;
  DROP TABLE "_festivals_v" CASCADE;
  DROP TABLE "_festivals_v_locales" CASCADE;
  DROP TABLE "_festivals_v_rels" CASCADE;
  DROP TABLE "places_related_experience_handles" CASCADE;
  DROP TABLE "places_sources" CASCADE;
  DROP TABLE "places" CASCADE;
  DROP TABLE "places_locales" CASCADE;
  DROP TABLE "places_rels" CASCADE;
  DROP TABLE "_places_v_version_related_experience_handles" CASCADE;
  DROP TABLE "_places_v_version_sources" CASCADE;
  DROP TABLE "_places_v" CASCADE;
  DROP TABLE "_places_v_locales" CASCADE;
  DROP TABLE "_places_v_rels" CASCADE;
  DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_locales" CASCADE;
  DROP TABLE "stories_rels" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_locales" CASCADE;
  DROP TABLE "_stories_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "site_settings_navigation" CASCADE;
  DROP TABLE "site_settings_footer_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_festivals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_places_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_settings_fk";
  
  DROP INDEX "payload_locked_documents_rels_festivals_id_idx";
  DROP INDEX "payload_locked_documents_rels_places_id_idx";
  DROP INDEX "payload_locked_documents_rels_stories_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_site_settings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "festivals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "places_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_settings_id";
  DROP TYPE "public"."enum_festivals_kind";
  DROP TYPE "public"."enum_festivals_recurrence_calendar";
  DROP TYPE "public"."enum_festivals_status";
  DROP TYPE "public"."enum__festivals_v_version_kind";
  DROP TYPE "public"."enum__festivals_v_version_recurrence_calendar";
  DROP TYPE "public"."enum__festivals_v_version_status";
  DROP TYPE "public"."enum__festivals_v_published_locale";
  DROP TYPE "public"."enum_places_category";
  DROP TYPE "public"."enum_places_status";
  DROP TYPE "public"."enum__places_v_version_category";
  DROP TYPE "public"."enum__places_v_version_status";
  DROP TYPE "public"."enum__places_v_published_locale";
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum__stories_v_published_locale";`)
}
