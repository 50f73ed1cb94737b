import { randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  callJson,
  cmsAdminAuthorization,
  commerceAdminAuthorization,
} from '../../support/admin-api.ts'
import { cmsTenant, stack } from '../../support/stack.ts'
import { msUntil, search } from './search-api.ts'

const tenantSlug = 'dien-bien-phu'
/** A word no seeded document has, so a query for it finds only what this test made. */
const marker = () => `hbtest${randomBytes(4).toString('hex')}`
const cleanups: (() => Promise<unknown>)[] = []

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined)
})

async function finds(q: string, id: string): Promise<boolean> {
  const { hits } = await search({ tenant: tenantSlug, locale: 'vi', q })

  return hits.some((hit) => hit.id === id)
}

describe('search follows its sources', () => {
  it('finds a heritage site within 2 s of publishing and loses it within 2 s of unpublishing', async () => {
    const auth = await cmsAdminAuthorization()
    const tenant = await cmsTenant(tenantSlug)
    const word = marker()
    const { doc } = await callJson(
      'POST',
      `${stack.cms}/api/heritage-sites?locale=vi`,
      auth,
      z.object({ doc: z.object({ id: z.union([z.string(), z.number()]) }) }),
      {
        title: `Di tích thử nghiệm ${word}`,
        slug: word,
        kind: 'relic',
        summary: `Bản ghi tạm của bộ kiểm thử tìm kiếm (${word}).`,
        tenant: tenant.id,
        _status: 'published',
      },
    )
    const url = `${stack.cms}/api/heritage-sites/${doc.id}`
    cleanups.push(() => callJson('DELETE', url, auth, z.unknown()))
    const id = `heritage:${doc.id}`

    // Timed from the moment the CMS confirmed the save, which is when it is published.
    const searchableAfter = await msUntil(() => finds(word, id), 2000)
    expect(searchableAfter).toBeLessThanOrEqual(2000)

    await callJson('PATCH', `${url}?locale=vi`, auth, z.unknown(), { _status: 'draft' })
    const goneAfter = await msUntil(async () => !(await finds(word, id)), 2000)
    expect(goneAfter).toBeLessThanOrEqual(2000)
  })

  it('drops a product deleted through the commerce admin API', async () => {
    const auth = await commerceAdminAuthorization()
    const channelId = (await cmsTenant(tenantSlug)).commerce?.salesChannelId
    expect(channelId).toMatch(/^sc_/)
    const word = marker()
    const { product } = await callJson(
      'POST',
      `${stack.commerce}/admin/products`,
      auth,
      z.object({ product: z.object({ id: z.string() }) }),
      {
        title: `Sản phẩm thử nghiệm ${word}`,
        handle: word,
        status: 'published',
        sales_channels: [{ id: channelId }],
        options: [{ title: 'Loại', values: ['Mặc định'] }],
        variants: [
          {
            title: 'Mặc định',
            options: { Loại: 'Mặc định' },
            manage_inventory: false,
            prices: [{ currency_code: 'vnd', amount: 120000 }],
          },
        ],
      },
    )
    const url = `${stack.commerce}/admin/products/${product.id}`
    cleanups.push(() => callJson('DELETE', url, auth, z.unknown()))
    const id = `product:${product.id}`
    await msUntil(() => finds(word, id), 5000)

    await callJson('DELETE', url, auth, z.object({ deleted: z.literal(true) }))
    const goneAfter = await msUntil(async () => !(await finds(word, id)), 2000)
    expect(goneAfter).toBeLessThanOrEqual(2000)
  })
})
