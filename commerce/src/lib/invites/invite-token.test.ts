import { describe, expect, it } from 'vitest'
import { hashInviteToken, inviteExpiry, newInviteToken } from './invite-token'

describe('invite tokens', () => {
  it('stores only a hash that the token itself reproduces', () => {
    const { token, hash } = newInviteToken()

    expect(hash).not.toContain(token)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashInviteToken(token)).toBe(hash)
    expect(newInviteToken().token).not.toBe(token)
  })

  it('expires seven days after sending', () => {
    const sent = new Date('2026-12-04T10:00:00Z')

    expect(inviteExpiry(sent).toISOString()).toBe('2026-12-11T10:00:00.000Z')
  })
})
