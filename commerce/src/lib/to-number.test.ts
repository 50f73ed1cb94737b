import { BigNumber } from '@medusajs/framework/utils'
import { describe, expect, it } from 'vitest'
import { toNumber } from './to-number'

describe('toNumber', () => {
  it('reads numbers, numeric strings and BigNumbers', () => {
    expect(toNumber(3)).toBe(3)
    expect(toNumber('447000')).toBe(447_000)
    expect(toNumber(new BigNumber(149_000))).toBe(149_000)
  })

  it('refuses what is not a number', () => {
    expect(() => toNumber('abc')).toThrow()
  })
})
