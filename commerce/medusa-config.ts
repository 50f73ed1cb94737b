import { defineConfig, loadEnv } from '@medusajs/framework/utils'
import path from 'node:path'
import { findDataDir } from './src/lib/catalog/reference-data'
import { corsOrigins, readEnv } from './src/lib/env'

loadEnv(process.env.NODE_ENV || 'development', process.cwd())

const env = readEnv()
const cors = corsOrigins(env)
const redisUrl = env.REDIS_URL
const notificationsDir =
  env.COMMERCE_NOTIFICATIONS_DIR ??
  path.join(path.dirname(findDataDir(__dirname)), '.data', 'notifications')

/** Redis-backed infrastructure modules when REDIS_URL is set, in-memory ones otherwise. */
const infrastructureModules = redisUrl
  ? [
      {
        resolve: '@medusajs/medusa/event-bus-redis',
        options: { redisUrl },
      },
      {
        resolve: '@medusajs/medusa/cache-redis',
        options: { redisUrl },
      },
      {
        resolve: '@medusajs/medusa/workflow-engine-redis',
        options: { redis: { redisUrl } },
      },
      {
        resolve: '@medusajs/medusa/locking',
        options: {
          providers: [
            {
              id: 'locking-redis',
              resolve: '@medusajs/medusa/locking-redis',
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : [
      { resolve: '@medusajs/medusa/event-bus-local' },
      { resolve: '@medusajs/medusa/cache-inmemory' },
      { resolve: '@medusajs/medusa/workflow-engine-inmemory' },
      { resolve: '@medusajs/medusa/locking' },
    ]

/** Cash on delivery (default), VietQR transfer, and Stripe cards when STRIPE_API_KEY is set. */
const paymentProviders = [
  { resolve: './src/modules/payment-cod', id: 'cod' },
  {
    resolve: './src/modules/payment-vietqr',
    id: 'vietqr',
    options: {
      bankBin: env.VIETQR_BANK_BIN,
      accountNumber: env.VIETQR_ACCOUNT_NUMBER,
      accountName: env.VIETQR_ACCOUNT_NAME,
      webhookSecret: env.VIETQR_WEBHOOK_SECRET,
    },
  },
  ...(env.STRIPE_API_KEY
    ? [
        {
          resolve: './src/modules/payment-stripe',
          id: 'stripe',
          options: {
            apiKey: env.STRIPE_API_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            apiBaseUrl: env.STRIPE_API_BASE_URL,
            capture: true,
          },
        },
      ]
    : []),
]

export default defineConfig({
  projectConfig: {
    databaseUrl: env.COMMERCE_DATABASE_URL,
    redisUrl,
    workerMode: 'shared',
    http: {
      storeCors: cors.store,
      adminCors: cors.admin,
      authCors: cors.auth,
      jwtSecret: env.JWT_SECRET,
      // Signed-in sessions (admins, cooperative members, customers) end after 12 hours.
      jwtExpiresIn: '12h',
      cookieSecret: env.COOKIE_SECRET,
    },
    // Medusa marks the dashboard's session cookie Secure whenever NODE_ENV=production, which
    // `medusa start` always sets; over plain http (the local stack) the browser would then drop
    // it and the dashboard log-in would loop. Secure follows the public URL's scheme instead.
    cookieOptions: { secure: new URL(env.COMMERCE_URL).protocol === 'https:' },
  },
  admin: {
    path: '/app',
    disable: env.COMMERCE_ADMIN_DISABLED,
  },
  modules: [
    ...infrastructureModules,
    { resolve: './src/modules/ocop' },
    { resolve: './src/modules/cooperative' },
    { resolve: './src/modules/booking' },
    { resolve: './src/modules/vendor-payment' },
    { resolve: './src/modules/approval' },
    { resolve: './src/modules/member-invite' },
    {
      resolve: '@medusajs/medusa/notification',
      options: {
        providers: [
          {
            resolve: './src/modules/notification-folder',
            id: 'folder',
            options: { channels: ['email'], directory: notificationsDir },
          },
        ],
      },
    },
    {
      resolve: '@medusajs/medusa/payment',
      options: { providers: paymentProviders },
    },
  ],
})
