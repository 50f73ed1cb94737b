import { describe, expect, it } from 'vitest'
import { productImageSvg } from './product-image'

describe('productImageSvg', () => {
  it('draws the title and the stars in the group colours', () => {
    const svg = productImageSvg({ title: 'Mật ong bánh tổ', group: 'food', stars: 4 })

    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('Mật ong bánh tổ')
    expect(svg).toContain('★★★★')
    expect(svg).toContain('#F6E7C8')
  })

  it('escapes markup in titles and leaves out stars when there are none', () => {
    const svg = productImageSvg({ title: 'Rượu <script> & "men"', group: 'beverage', stars: null })

    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&#60;script&#62;')
    expect(svg).not.toContain('★')
  })
})
