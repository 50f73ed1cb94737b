import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isPlatformAdmin, isPreviewReader, tenantRoles } from './access/roles'
import { AudioGuides } from './collections/audio-guides'
import { Festivals } from './collections/festivals'
import { HeritageSites } from './collections/heritage-sites'
import { Media } from './collections/media'
import { Models } from './collections/models'
import { Panoramas } from './collections/panoramas'
import { Places } from './collections/places'
import { SiteSettings } from './collections/site-settings'
import { Stories } from './collections/stories'
import { Tenants } from './collections/tenants'
import { Users } from './collections/users'
import { env } from './config/env'
import { selectDatabaseAdapter } from './db/select-database-adapter'
import { healthEndpoint } from './endpoints/health'
import { label } from './i18n/label'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.CMS_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' · Hoa Ban CMS' },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English', fallbackLocale: 'vi' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  collections: [
    Users,
    Tenants,
    HeritageSites,
    Festivals,
    Places,
    Stories,
    Media,
    Panoramas,
    Models,
    AudioGuides,
    SiteSettings,
  ],
  editor: lexicalEditor(),
  db: selectDatabaseAdapter(env.CMS_DATABASE_URI),
  endpoints: [healthEndpoint],
  sharp,
  cors: [env.STOREFRONT_URL],
  csrf: [env.STOREFRONT_URL, env.CMS_URL],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql') },
  telemetry: false,
  jobs: {
    // Runs due jobs (scheduled publish and unpublish) every minute inside `next start`.
    autoRun: [{ cron: env.CMS_JOBS_CRON, queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.HOABAN_DISABLE_JOBS !== 'true',
  },
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'tenants',
      cleanupAfterTenantDelete: false,
      collections: {
        'heritage-sites': {},
        festivals: {},
        places: {},
        stories: {},
        media: {},
        panoramas: {},
        models: {},
        'audio-guides': {},
        'site-settings': { isGlobal: true },
      },
      // The preview reader reads every tenant's drafts; its writes are refused by the rules.
      userHasAccessToAllTenants: (user) => isPlatformAdmin(user) || isPreviewReader(user),
      tenantsArrayField: {
        includeDefaultField: true,
        // Tenant admins assign staff of their own tenants; guardStaffAssignment refuses the rest.
        arrayFieldAccess: {
          create: ({ req }) => Boolean(req.user),
          update: ({ req }) => Boolean(req.user),
        },
        rowFields: [
          {
            name: 'roles',
            type: 'select',
            hasMany: true,
            required: true,
            defaultValue: ['contributor'],
            label: label('Vai trò', 'Roles'),
            options: tenantRoles.map((value) => ({ value, label: value })),
            saveToJWT: true,
          },
        ],
      },
    }),
  ],
})
