import { describe, expect, it } from 'vitest'
import { publishableKeyTitle, salesChannelName, slugFromKeyTitle } from './tenants'

describe('tenant naming contract', () => {
  const tenant = { slug: 'muong-phang', name: 'Mường Phăng' }

  it('names the sales channel `Hoa Ban – <name>`', () => {
    expect(salesChannelName(tenant)).toBe('Hoa Ban – Mường Phăng')
  })

  it('ends the key title with the slug in brackets, and reads it back', () => {
    const title = publishableKeyTitle(tenant)

    expect(title.endsWith('(muong-phang)')).toBe(true)
    expect(title).toContain('Mường Phăng')
    expect(slugFromKeyTitle(title)).toBe('muong-phang')
    expect(slugFromKeyTitle('Default Publishable API Key')).toBeNull()
  })
})
