import { describe, expect, it } from 'vitest'
import { localePath, splitLocalePath } from './locales'

describe('localePath', () => {
  it('keeps Vietnamese paths unprefixed and prefixes English with /en', () => {
    expect(localePath('vi', '/shop')).toBe('/shop')
    expect(localePath('en', '/shop')).toBe('/en/shop')
    expect(localePath('en', '/')).toBe('/en')
  })
})

describe('splitLocalePath', () => {
  it('reads the language prefix and returns the rest', () => {
    expect(splitLocalePath('/en/heritage/doi-a1')).toEqual({
      locale: 'en',
      path: '/heritage/doi-a1',
    })
    expect(splitLocalePath('/en')).toEqual({ locale: 'en', path: '/' })
    expect(splitLocalePath('/english-tea')).toEqual({ locale: 'vi', path: '/english-tea' })
    expect(splitLocalePath('/')).toEqual({ locale: 'vi', path: '/' })
  })
})
