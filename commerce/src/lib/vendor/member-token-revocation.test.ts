import { describe, expect, it } from 'vitest'
import { bearerIssuedAt, isRevoked } from './member-token-revocation'

const token = (payload: object) =>
  `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.s`

describe('member token revocation', () => {
  it('reads the issue time of a bearer token, and nothing from other headers', () => {
    expect(bearerIssuedAt(`Bearer ${token({ iat: 1_800_000_000 })}`)).toBe(1_800_000_000)
    expect(bearerIssuedAt(undefined)).toBeNull()
    expect(bearerIssuedAt('Bearer not-a-jwt')).toBeNull()
    expect(bearerIssuedAt(`Basic ${token({ iat: 1 })}`)).toBeNull()
  })

  it('ends tokens issued before the mark, keeps later ones and unmarked identities', () => {
    expect(isRevoked(100, 101)).toBe(true)
    expect(isRevoked(101, 101)).toBe(false)
    expect(isRevoked(100, undefined)).toBe(false)
    expect(isRevoked(null, 101)).toBe(false)
  })
})
