import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { stack } from '../../support/stack.ts'
import { type Hit, search } from './search-api.ts'

const queries = ['dien bien', 'muong phang', 'ca phe', 'hoa ban', 'pha din', 'hop tac xa', 'tra']

/**
 * GETs a storefront path as the site of one tenant: `<slug>.localhost` in the Host header,
 * sent to the storefront's own address (Node does not resolve *.localhost itself).
 */
function storefrontStatus(tenant: string, path: string): Promise<number> {
  const base = new URL(stack.storefront)
  const host = tenant === 'dien-bien-phu' ? base.host : `${tenant}.localhost:${base.port}`

  return new Promise((resolve, reject) => {
    const req = request(
      { host: base.hostname, port: base.port, path, method: 'GET', headers: { host } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('search hit URLs', () => {
  it.each(['dien-bien-phu', 'muong-phang'])(
    'link every kind of hit of %s to a storefront page that answers 200',
    async (tenant) => {
      const byType = new Map<string, Hit>()
      for (const locale of ['vi', 'en'] as const) {
        for (const q of queries) {
          const { hits } = await search({ tenant, locale, q })
          for (const hit of hits) {
            if (!byType.has(`${locale} ${hit.type}`)) byType.set(`${locale} ${hit.type}`, hit)
          }
        }
      }
      // Real hits of the seeded kinds, in both languages, were found.
      // The ward has every seeded kind (the seed has no stories yet); the commune's shop sells
      // experiences only, so there a commerce hit may be either kind.
      if (tenant === 'dien-bien-phu') {
        const kinds = ['heritage', 'festival', 'place', 'product', 'experience', 'cooperative']
        for (const kind of kinds) expect([...byType.keys()]).toContain(`en ${kind}`)
      }
      const keys = [...byType.keys()]
      for (const locale of ['vi', 'en']) {
        expect(keys, tenant).toContain(`${locale} heritage`)
        expect(
          keys.filter((key) => key === `${locale} product` || key === `${locale} experience`),
          tenant,
        ).not.toEqual([])
      }

      const answers: Record<string, string> = {}
      const expected: Record<string, string> = {}
      for (const [key, hit] of byType) {
        const english = key.startsWith('en ')
        expect(hit.url.startsWith('/en/') || hit.url === '/en', hit.url).toBe(english)
        answers[`${key} ${hit.url}`] = String(await storefrontStatus(tenant, hit.url))
        expected[`${key} ${hit.url}`] = '200'
      }
      expect(answers).toEqual(expected)
    },
  )
})
