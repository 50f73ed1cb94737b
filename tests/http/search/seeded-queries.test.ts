import { describe, expect, it } from 'vitest'
import { fold } from '../../support/admin-api.ts'
import { storeProducts } from '../../support/commerce-store.ts'
import { stack } from '../../support/stack.ts'
import { search } from './search-api.ts'

const ward = 'dien-bien-phu'
const commune = 'muong-phang'

describe('search on the seeded data', () => {
  it('"ca phe" finds every cà phê product the ward sells', async () => {
    const coffee = (await storeProducts(ward)).filter(
      (product) => product.kind === 'product' && fold(product.title.vi).includes('ca phe'),
    )
    expect(coffee.length).toBeGreaterThan(0)

    const { hits } = await search({ tenant: ward, locale: 'vi', q: 'ca phe', type: 'product' })
    const found = new Set(hits.map((hit) => hit.id))
    for (const product of coffee) expect(found).toContain(`product:${product.id}`)
    expect(hits[0] && fold(hits[0].title)).toContain('ca phe')
  })

  it('"dien bien" finds Điện Biên content and products', async () => {
    const { hits } = await search({ tenant: ward, locale: 'vi', q: 'dien bien' })
    const named = hits.filter((hit) => fold(hit.title).includes('dien bien'))
    const types = new Set(named.map((hit) => hit.type))
    expect(types).toContain('heritage')
    expect(types).toContain('product')
  })

  it('"muong phang" finds Mường Phăng in both tenants', async () => {
    for (const tenant of [ward, commune]) {
      const { hits } = await search({ tenant, locale: 'vi', q: 'muong phang' })
      expect(hits.length, tenant).toBeGreaterThan(0)
      expect(fold(`${hits[0]?.title} ${hits[0]?.summary}`), tenant).toContain('muong phang')
    }
  })

  it.each(['vi', 'en'])('"hoa ban" finds the Hoa Ban festival in %s', async (locale) => {
    const { hits } = await search({ tenant: ward, locale, q: 'hoa ban' })
    const festival = hits.find((hit) => hit.type === 'festival')
    expect(festival).toBeDefined()
    expect(fold(festival?.title ?? '')).toContain('hoa ban')
    expect(festival?.url).toBe(
      `${locale === 'en' ? '/en' : ''}/festivals/${festival?.url.split('/').pop()}`,
    )
  })

  it('the typo "pha dinn" still finds Pha Đin', async () => {
    const { hits } = await search({ tenant: ward, locale: 'vi', q: 'pha dinn' })
    expect(hits.some((hit) => fold(hit.title).includes('pha din'))).toBe(true)
  })

  it('refuses a query without a tenant with a 4xx that names the parameter', async () => {
    const response = await fetch(`${stack.search}/search?q=ca%20phe&locale=vi`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await response.text()).toMatch(/tenant/)
  })
})
