import { describe, expect, it } from 'vitest'
import { isAllowedForTenantAdmin } from './keep-tenant-admin-to-allow-list'

describe('isAllowedForTenantAdmin', () => {
  it('allows the listed requests, a path parameter standing for one segment', () => {
    expect(isAllowedForTenantAdmin('GET', '/admin/users/me')).toBe(true)
    expect(isAllowedForTenantAdmin('POST', '/admin/hoaban/approvals/appr_1/approve')).toBe(true)
    expect(isAllowedForTenantAdmin('GET', '/admin/layouts/sidebar/configuration')).toBe(true)
    expect(isAllowedForTenantAdmin('HEAD', '/admin/hoaban/approvals')).toBe(true)
  })

  it('refuses another method, a longer or empty segment, and other spellings', () => {
    expect(isAllowedForTenantAdmin('POST', '/admin/users/me')).toBe(false)
    expect(isAllowedForTenantAdmin('DELETE', '/admin/hoaban/approvals/appr_1/approve')).toBe(false)
    expect(isAllowedForTenantAdmin('POST', '/admin/hoaban/approvals//approve')).toBe(false)
    expect(isAllowedForTenantAdmin('POST', '/admin/hoaban/approvals/a/b/approve')).toBe(false)
    expect(isAllowedForTenantAdmin('GET', '/admin/Users/me')).toBe(false)
    expect(isAllowedForTenantAdmin('GET', '/admin/users/%6De')).toBe(false)
    expect(isAllowedForTenantAdmin('HEAD', '/admin/orders')).toBe(false)
    expect(isAllowedForTenantAdmin('GET', '/admin//users/me')).toBe(false)
  })
})
