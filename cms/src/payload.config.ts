import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isPlatformAdmin, tenantRoles } from './access/roles'
import { HeritageSites } from './collections/heritage-sites'
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
  collections: [Users, Tenants, HeritageSites],
  editor: lexicalEditor(),
  db: selectDatabaseAdapter(env.CMS_DATABASE_URI),
  endpoints: [healthEndpoint],
  sharp,
  cors: [env.STOREFRONT_URL],
  csrf: [env.STOREFRONT_URL, env.CMS_URL],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql') },
  telemetry: false,
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'tenants',
      cleanupAfterTenantDelete: false,
      collections: {
        'heritage-sites': {},
      },
      userHasAccessToAllTenants: (user) => isPlatformAdmin(user),
      tenantsArrayField: {
        includeDefaultField: true,
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
