import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { storeProducts } from '../../support/commerce-store.ts'
import { cmsTenant, getJson, publishableKey, stack } from '../../support/stack.ts'
import { search } from './search-api.ts'

const tenants = ['dien-bien-phu', 'muong-phang'] as const
const cmsCollections = {
  heritage: 'heritage-sites',
  festival: 'festivals',
  place: 'places',
  story: 'stories',
} as const
const queries = ['dien bien', 'muong phang', 'ca phe', 'hoa ban', 'tra', 'le hoi', 'di tich']

/** Every search document id a tenant's sources can produce: its CMS content and its shop. */
async function sourceIds(slug: string): Promise<Set<string>> {
  const tenant = await cmsTenant(slug)
  const ids = new Set<string>()
  for (const [kind, collection] of Object.entries(cmsCollections)) {
    const url = `${stack.cms}/api/${collection}?where[tenant][equals]=${tenant.id}&limit=1000&depth=0`
    const response = await fetch(url)
    // A collection the CMS does not have yet holds nothing for any tenant.
    if (response.status === 404) continue
    const { docs } = z
      .object({ docs: z.array(z.object({ id: z.union([z.string(), z.number()]) })) })
      .parse(await response.json())
    for (const doc of docs) ids.add(`${kind}:${doc.id}`)
  }
  const key = { 'x-publishable-api-key': await publishableKey(slug) }
  for (const product of await storeProducts(slug)) ids.add(`product:${product.id}`)
  const { cooperatives } = await getJson(
    `${stack.commerce}/store/hoaban/cooperatives?limit=100`,
    z.object({ cooperatives: z.array(z.object({ id: z.string().nullish(), handle: z.string() })) }),
    key,
  )
  for (const coop of cooperatives) ids.add(`cooperative:${coop.id ?? coop.handle}`)

  return ids
}

describe('tenant isolation', () => {
  it("never answers one tenant's query with another tenant's documents", async () => {
    const own = new Map(
      await Promise.all(tenants.map(async (t) => [t, await sourceIds(t)] as const)),
    )
    for (const tenant of tenants) {
      const mine = own.get(tenant) ?? new Set()
      const other = tenants.find((t) => t !== tenant) ?? tenant
      let foreignCandidates = 0
      for (const q of queries) {
        for (const locale of ['vi', 'en']) {
          const { hits } = await search({ tenant, locale, q })
          const foreign = hits.filter((hit) => !mine.has(hit.id)).map((hit) => hit.id)
          expect(foreign, `${tenant} "${q}" ${locale}`).toEqual([])
          // The same query on the other tenant finds documents this tenant does not have,
          // so the check above could have failed.
          const theirs = await search({ tenant: other, locale, q })
          foreignCandidates += theirs.hits.filter((hit) => !mine.has(hit.id)).length
        }
      }
      expect(foreignCandidates, tenant).toBeGreaterThan(0)
    }
  })
})
