import { describe, expect, it } from 'vitest'
import { hitUrl } from './search'

describe('hitUrl', () => {
  it("links to this site's page for the hit's type, in the page language", () => {
    expect(hitUrl('/en/products/ca-phe-muong-ang', 'product', 'x', 'en')).toBe(
      '/en/shop/ca-phe-muong-ang',
    )
    expect(hitUrl('/vi/products/ca-phe-muong-ang', 'product', 'x', 'vi')).toBe(
      '/shop/ca-phe-muong-ang',
    )
    expect(hitUrl('/vi/heritage/doi-a1', 'heritage', 'x', 'en')).toBe('/en/heritage/doi-a1')
    expect(hitUrl('/en/experiences/xoe', 'experience', 'x', 'en')).toBe('/en/experiences/xoe')
  })

  it('falls back to the id without its type prefix when the hit has no url', () => {
    expect(hitUrl(null, 'festival', 'festival:le-hoi-hoa-ban', 'en')).toBe(
      '/en/festivals/le-hoi-hoa-ban',
    )
  })

  it('links places and stories to their pages', () => {
    expect(hitUrl('/vi/places/cho-muong-thanh', 'place', 'x', 'vi')).toBe('/places/cho-muong-thanh')
    expect(hitUrl('/en/stories/hoa-ban', 'story', 'x', 'en')).toBe('/en/stories/hoa-ban')
  })
})
