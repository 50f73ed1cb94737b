import { z } from 'zod'
import { mapMember } from './map-vendor'
import { InviteAnswer, TokenAnswer, VendorMe } from './schemas'
import { vendorRequest } from './vendor-request'
import type { PortalMember } from '@/portal/types'

const AUTH = '/auth/cooperative_member/emailpass'

/**
 * Signs a member in; the answer is the bearer token (401 wrong, 429 too many attempts). The
 * member's own address goes along as `x-forwarded-for`, since every sign-in reaches commerce
 * from the storefront's.
 */
export async function signInMember(
  email: string,
  password: string,
  clientIp?: string | null,
): Promise<string> {
  const answer = await vendorRequest(AUTH, TokenAnswer, {
    method: 'POST',
    body: { email, password },
    headers: clientIp ? { 'x-forwarded-for': clientIp } : {},
  })

  return answer.token
}

/** Ends the member's tokens in commerce, so a copy of the cookie stops working too. */
export async function signOutMember(token: string): Promise<void> {
  await vendorRequest('/vendor/sign-out', z.unknown(), { method: 'POST', token })
}

/** Asks commerce to send a reset link; it answers the same whether the address exists or not. */
export async function requestPasswordReset(email: string): Promise<void> {
  await vendorRequest(`${AUTH}/reset-password`, z.unknown(), {
    method: 'POST',
    body: { identifier: email },
  })
}

/** Sets a new password with the token from the reset link. */
export async function resetPassword(
  resetToken: string,
  email: string,
  password: string,
): Promise<void> {
  await vendorRequest(`${AUTH}/update`, z.unknown(), {
    method: 'POST',
    token: resetToken,
    body: { email, password },
  })
}

/** The invite behind a link: who is invited, to which cooperative (404 when unknown). */
export async function getInvite(
  inviteToken: string,
): Promise<{ email: string; cooperativeVi: string; cooperativeEn: string | null }> {
  const answer = await vendorRequest(
    `/hoaban/portal/invites/${encodeURIComponent(inviteToken)}`,
    InviteAnswer,
  )

  return {
    email: answer.email,
    cooperativeVi: answer.cooperative.name_vi,
    cooperativeEn: answer.cooperative.name_en ?? null,
  }
}

/** Accepts an invite with a password; the answer is a signed-in bearer token. */
export async function acceptInvite(inviteToken: string, password: string): Promise<string> {
  const answer = await vendorRequest('/hoaban/portal/invites/accept', TokenAnswer, {
    method: 'POST',
    body: { token: inviteToken, password },
  })

  return answer.token
}

/** The member a token belongs to (401 when it is expired or invalid). */
export async function getMember(token: string): Promise<PortalMember> {
  return mapMember(await vendorRequest('/vendor/me', VendorMe, { token }))
}
