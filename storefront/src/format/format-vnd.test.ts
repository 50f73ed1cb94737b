import { describe, expect, it } from 'vitest'
import { formatVnd } from './format-vnd'

const nbsp = '\u00a0'

describe('formatVnd', () => {
  it('groups thousands with dots and puts the đồng sign after the number', () => {
    expect(formatVnd(150000)).toBe(`150.000${nbsp}₫`)
    expect(formatVnd(1250000)).toBe(`1.250.000${nbsp}₫`)
  })

  it('shows no decimals and rounds stray fractions', () => {
    expect(formatVnd(99999.6)).toBe(`100.000${nbsp}₫`)
    expect(formatVnd(0)).toBe(`0${nbsp}₫`)
  })
})
