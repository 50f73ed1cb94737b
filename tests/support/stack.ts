import { z } from 'zod'

/** URLs of the running stack, as `npm test` hands them to the tests. */
export const stack = {
  cms: process.env.CMS_URL ?? 'http://127.0.0.1:3000',
  commerce: process.env.COMMERCE_URL ?? 'http://127.0.0.1:9000',
  search: process.env.SEARCH_URL ?? 'http://127.0.0.1:7071',
  storefront: process.env.STOREFRONT_URL ?? 'http://127.0.0.1:8000',
  indexerSecret: process.env.INDEXER_SECRET ?? 'hoaban-dev-indexer-secret-change-me',
  adminEmail: process.env.DEMO_ADMIN_EMAIL ?? 'admin@hoaban.local',
  adminPassword: process.env.DEMO_ADMIN_PASSWORD ?? 'hoaban-demo',
}

/** GETs a URL and parses the JSON body with a schema; fails loudly on a non-2xx answer. */
export async function getJson<T>(
  url: string,
  schema: z.ZodType<T>,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, { headers })
  if (!response.ok) {
    throw new Error(
      `GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
    )
  }

  return schema.parse(await response.json())
}

const Tenant = z.object({
  id: z.union([z.string(), z.number()]),
  slug: z.string(),
  commerce: z
    .object({ salesChannelId: z.string().nullish(), publishableKey: z.string().nullish() })
    .nullish(),
})

/** The CMS tenant document for a slug, read anonymously as the storefront reads it. */
export async function cmsTenant(slug: string) {
  const url = `${stack.cms}/api/tenants?where[slug][equals]=${slug}&depth=0&limit=1`
  const { docs } = await getJson(url, z.object({ docs: z.array(Tenant) }))
  const tenant = docs[0]
  if (!tenant) throw new Error(`tenant ${slug} is not in the CMS`)

  return tenant
}

/** The tenant's publishable key, which must have been provisioned. */
export async function publishableKey(slug: string): Promise<string> {
  const key = (await cmsTenant(slug)).commerce?.publishableKey
  if (!key) throw new Error(`tenant ${slug} has no publishable key: provisioning did not run`)

  return key
}
