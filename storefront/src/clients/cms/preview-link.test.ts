import { describe, expect, it } from 'vitest'
import { checkPreviewLink, previewSignature, PreviewLinkQuery } from './preview-link'

const secret = 'shared-preview-secret-123'

describe('checkPreviewLink', () => {
  const exp = 2_000_000_000
  const signed = {
    path: '/heritage/doi-a1',
    exp,
    sig: previewSignature(secret, '/heritage/doi-a1', exp),
  }

  it('accepts the CMS signature until the link expires', () => {
    expect(checkPreviewLink(signed, secret, exp * 1000 - 1)).toBe('ok')
    expect(checkPreviewLink(signed, secret, exp * 1000 + 1000)).toBe('expired')
  })

  it('refuses another path, another expiry or another secret under the same signature', () => {
    expect(checkPreviewLink({ ...signed, path: '/heritage/him-lam' }, secret, 0)).toBe(
      'bad_signature',
    )
    expect(checkPreviewLink({ ...signed, exp: exp + 1 }, secret, 0)).toBe('bad_signature')
    expect(checkPreviewLink(signed, 'another-secret-123456', 0)).toBe('bad_signature')
  })

  it('parses only paths on this site', () => {
    const sig = signed.sig
    expect(PreviewLinkQuery.safeParse({ path: '//evil.example', exp, sig }).success).toBe(false)
    expect(PreviewLinkQuery.safeParse({ path: 'https://evil.example', exp, sig }).success).toBe(
      false,
    )
    expect(PreviewLinkQuery.safeParse({ path: '/\\evil.example', exp, sig }).success).toBe(false)
    expect(
      PreviewLinkQuery.safeParse({ path: '/en/stories/a', exp: String(exp), sig }).success,
    ).toBe(true)
  })
})
