import { describe, expect, it } from 'vitest'
import { SESSION_MAX_AGE_SECONDS, sessionCookieName, tokenMaxAge } from './session-cookie'

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`
}

describe('tokenMaxAge', () => {
  const now = new Date('2026-12-04T09:00:00Z')
  const seconds = now.getTime() / 1000

  it('ends the cookie when the token expires', () => {
    expect(tokenMaxAge(jwt({ exp: seconds + 3600 }), now)).toBe(3600)
  })

  it('never outlives the 12-hour lifetime', () => {
    expect(tokenMaxAge(jwt({ exp: seconds + 48 * 3600 }), now)).toBe(SESSION_MAX_AGE_SECONDS)
  })

  it('is zero for an expired token and 12 h for one without exp', () => {
    expect(tokenMaxAge(jwt({ exp: seconds - 10 }), now)).toBe(0)
    expect(tokenMaxAge(jwt({ sub: 'x' }), now)).toBe(SESSION_MAX_AGE_SECONDS)
    expect(tokenMaxAge('not-a-jwt', now)).toBe(SESSION_MAX_AGE_SECONDS)
  })
})

describe('sessionCookieName', () => {
  it('names the cookie per tenant and keeps only slug characters', () => {
    expect(sessionCookieName('muong-phang')).toBe('hoaban_portal_muong-phang')
    expect(sessionCookieName('a;b=c')).toBe('hoaban_portal_abc')
  })
})
