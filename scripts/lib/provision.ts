import type { Logger } from 'pino'
import { z } from 'zod'
import type { PlatformEnv } from './env.ts'

/** What a new tenant needs: its slug, its display name in each locale and its host names. */
export interface TenantInput {
  slug: string
  name: { vi: string; en: string }
  domains: string[]
  defaultLocale?: 'vi' | 'en'
}

/** The demo tenants `npm start` links on its first run. */
export function demoTenants(): TenantInput[] {
  return [
    {
      slug: 'dien-bien-phu',
      name: { vi: 'Phường Điện Biên Phủ', en: 'Điện Biên Phủ Ward' },
      domains: ['localhost', '127.0.0.1'],
    },
    {
      slug: 'muong-phang',
      name: { vi: 'Xã Mường Phăng', en: 'Mường Phăng Commune' },
      domains: ['muong-phang.localhost'],
    },
  ].map((tenant) => ({ ...tenant, defaultLocale: 'vi' as const }))
}

/** Credentials of the platform operator who provisions tenants in both admins. */
export interface OperatorCredentials {
  email: string
  password: string
}

const TokenResponse = z.object({ token: z.string().min(1) })
const SalesChannel = z.object({
  id: z.string(),
  name: z.string(),
  metadata: z.record(z.string(), z.unknown()).nullable().optional(),
})
const ApiKey = z.object({
  id: z.string(),
  title: z.string(),
  token: z.string(),
  sales_channels: z
    .array(z.object({ id: z.string() }))
    .nullable()
    .optional(),
})
const CmsTenant = z.object({ id: z.union([z.string(), z.number()]), slug: z.string() })

/** The commerce side of a provisioned tenant. */
export interface CommerceLink {
  salesChannelId: string
  publishableKey: string
}

/**
 * Creates (or finds) a tenant's sales channel and publishable key in commerce and its tenant
 * document in the CMS, and stores the channel and key on the CMS tenant. Safe to run again.
 */
export async function provisionTenant(
  env: PlatformEnv,
  tenant: TenantInput,
  operator: OperatorCredentials,
): Promise<CommerceLink> {
  const link = await ensureCommerceChannel(env.COMMERCE_URL, tenant, operator)
  await ensureCmsTenant(env.CMS_URL, tenant, link, operator)

  return link
}

/** Provisions the demo tenants with the demo operator; used by `npm start` on its first run. */
export async function provisionDemoTenants(env: PlatformEnv, logger: Logger): Promise<void> {
  const operator = { email: env.DEMO_ADMIN_EMAIL, password: env.DEMO_ADMIN_PASSWORD }
  for (const tenant of demoTenants()) {
    const link = await provisionTenant(env, tenant, operator)
    logger.info({ tenant: tenant.slug, salesChannelId: link.salesChannelId }, 'tenant linked')
  }
}

async function ensureCommerceChannel(
  baseUrl: string,
  tenant: TenantInput,
  operator: OperatorCredentials,
): Promise<CommerceLink> {
  const auth = TokenResponse.parse(
    await callJson(`${baseUrl}/auth/user/emailpass`, 'commerce log-in', {
      method: 'POST',
      body: operator,
    }),
  )
  const headers = { authorization: `Bearer ${auth.token}` }
  const channels = z.object({ sales_channels: z.array(SalesChannel) }).parse(
    await callJson(`${baseUrl}/admin/sales-channels?limit=1000`, 'list sales channels', {
      headers,
    }),
  ).sales_channels
  let channel = channels.find((candidate) => candidate.metadata?.tenant === tenant.slug)
  if (!channel) {
    channel = z.object({ sales_channel: SalesChannel }).parse(
      await callJson(`${baseUrl}/admin/sales-channels`, 'create sales channel', {
        method: 'POST',
        headers,
        body: {
          name: `Hoa Ban – ${tenant.name.vi}`,
          description: `Storefront of ${tenant.name.en}`,
          metadata: { tenant: tenant.slug },
        },
      }),
    ).sales_channel
  }

  const keys = z
    .object({ api_keys: z.array(ApiKey) })
    .parse(
      await callJson(
        `${baseUrl}/admin/api-keys?type=publishable&limit=1000&fields=id,title,token,*sales_channels`,
        'list publishable keys',
        { headers },
      ),
    ).api_keys
  let key = keys.find((candidate) => candidate.title.endsWith(`(${tenant.slug})`))
  if (!key) {
    key = z.object({ api_key: ApiKey }).parse(
      await callJson(`${baseUrl}/admin/api-keys`, 'create publishable key', {
        method: 'POST',
        headers,
        body: { title: `Hoa Ban – ${tenant.name.vi} (${tenant.slug})`, type: 'publishable' },
      }),
    ).api_key
  }
  const channelId = channel.id
  if (!key.sales_channels?.some((linked) => linked.id === channelId)) {
    await callJson(`${baseUrl}/admin/api-keys/${key.id}/sales-channels`, 'link key to channel', {
      method: 'POST',
      headers,
      body: { add: [channelId] },
    })
  }

  return { salesChannelId: channelId, publishableKey: key.token }
}

async function ensureCmsTenant(
  baseUrl: string,
  tenant: TenantInput,
  link: CommerceLink,
  operator: OperatorCredentials,
): Promise<void> {
  const auth = TokenResponse.parse(
    await callJson(`${baseUrl}/api/users/login`, 'CMS log-in', { method: 'POST', body: operator }),
  )
  const headers = { authorization: `JWT ${auth.token}` }
  const query = `where[slug][equals]=${encodeURIComponent(tenant.slug)}&depth=0&limit=1`
  const found = z
    .object({ docs: z.array(CmsTenant) })
    .parse(await callJson(`${baseUrl}/api/tenants?${query}`, 'find CMS tenant', { headers })).docs
  const commerce = { salesChannelId: link.salesChannelId, publishableKey: link.publishableKey }
  const existing = found[0]
  if (existing) {
    await callJson(`${baseUrl}/api/tenants/${existing.id}`, 'link CMS tenant', {
      method: 'PATCH',
      headers,
      body: { commerce },
    })

    return
  }
  const created = z.object({ doc: CmsTenant }).parse(
    await callJson(`${baseUrl}/api/tenants?locale=vi`, 'create CMS tenant', {
      method: 'POST',
      headers,
      body: {
        name: tenant.name.vi,
        slug: tenant.slug,
        domains: tenant.domains.map((domain) => ({ domain })),
        defaultLocale: tenant.defaultLocale ?? 'vi',
        commerce,
      },
    }),
  ).doc
  await callJson(`${baseUrl}/api/tenants/${created.id}?locale=en`, 'name CMS tenant in English', {
    method: 'PATCH',
    headers,
    body: { name: tenant.name.en },
  })
}

interface CallOptions {
  method?: 'GET' | 'POST' | 'PATCH'
  headers?: Record<string, string>
  body?: unknown
}

async function callJson(url: string, what: string, options: CallOptions = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`${what} failed: HTTP ${response.status} ${text.slice(0, 300)}`)
  }

  return text ? JSON.parse(text) : {}
}
