import { describe, expect, it } from 'vitest'
import { cmsTenant, publishableKey, stack } from '../../support/stack.ts'

describe('the running platform', () => {
  it.each([
    ['cms', `${stack.cms}/api/health`],
    ['commerce', `${stack.commerce}/health`],
    ['search-indexer', `${stack.search}/health`],
    ['storefront', `${stack.storefront}/api/health`],
  ])('%s answers its health check', async (_name, url) => {
    const response = await fetch(url)
    expect(response.status).toBe(200)
  })

  it('links each demo tenant to its own commerce sales channel', async () => {
    const ward = await cmsTenant('dien-bien-phu')
    const commune = await cmsTenant('muong-phang')
    expect(ward.commerce?.salesChannelId).toMatch(/^sc_/)
    expect(commune.commerce?.salesChannelId).toMatch(/^sc_/)
    expect(ward.commerce?.salesChannelId).not.toBe(commune.commerce?.salesChannelId)
  })

  it('accepts the provisioned publishable key and refuses a made-up one', async () => {
    const key = await publishableKey('dien-bien-phu')
    const good = await fetch(`${stack.commerce}/store/products?limit=1`, {
      headers: { 'x-publishable-api-key': key },
    })
    expect(good.status).toBe(200)
    const bad = await fetch(`${stack.commerce}/store/products?limit=1`, {
      headers: { 'x-publishable-api-key': 'pk_not_a_real_key' },
    })
    expect(bad.status).toBeGreaterThanOrEqual(400)
    expect(bad.status).toBeLessThan(500)
  })
})
