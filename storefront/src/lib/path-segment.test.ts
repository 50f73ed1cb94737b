import { describe, expect, it } from 'vitest'
import { pathSegment } from './path-segment'

describe('pathSegment', () => {
  it('encodes a Vietnamese handle once, whether Next passed it encoded or not', () => {
    const once = encodeURIComponent('mật-ong')
    expect(pathSegment(once)).toBe(once)
    expect(pathSegment('mật-ong')).toBe(once)
  })

  it('keeps a stray percent sign and never lets a slash through', () => {
    expect(pathSegment('50%-off')).toBe('50%25-off')
    expect(pathSegment('a%2Fb')).toBe('a%2Fb')
  })
})
