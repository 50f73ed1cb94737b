import { describe, expect, it } from 'vitest'
import { storefrontPath } from './storefront-path.js'

describe('storefrontPath', () => {
  it.each([
    ['heritage', 'vi', '/heritage/deo-pha-din'],
    ['festival', 'vi', '/festivals/deo-pha-din'],
    ['product', 'vi', '/shop/deo-pha-din'],
    ['experience', 'vi', '/experiences/deo-pha-din'],
    ['cooperative', 'vi', '/cooperatives/deo-pha-din'],
    ['place', 'vi', '/places/deo-pha-din'],
    ['story', 'vi', '/stories/deo-pha-din'],
    ['heritage', 'en', '/en/heritage/deo-pha-din'],
    ['product', 'en', '/en/shop/deo-pha-din'],
    ['place', 'en', '/en/places/deo-pha-din'],
    ['story', 'en', '/en/stories/deo-pha-din'],
  ] as const)('links a %s in %s to %s', (type, locale, expected) => {
    expect(storefrontPath(type, 'deo-pha-din', locale)).toBe(expected)
  })

  it('escapes a slug that is not URL-safe', () => {
    expect(storefrontPath('product', 'cà phê/1', 'vi')).toBe('/shop/c%C3%A0%20ph%C3%AA%2F1')
  })
})
