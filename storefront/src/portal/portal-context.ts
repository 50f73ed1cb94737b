import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import { getMember } from '@/clients/vendor/member-auth'
import { isNotFound, isUnauthorized } from '@/clients/vendor/vendor-request'
import type { Locale, Tenant } from '@/domain/types'
import { portalMessages, type PortalMessages } from './portal-messages'
import { pageContext } from '@/lib/page-context'
import { isPortalPath, portalPath } from './portal-paths'
import { readSessionToken } from './session-cookie'
import type { PortalMember } from './types'

/** What every portal page needs: language, portal strings, tenant and public path. */
export interface PortalContext {
  locale: Locale
  t: PortalMessages
  tenant: Tenant
  publicPath: string
}

/** A portal page's context once the member is known. */
export interface SignedInContext extends PortalContext {
  token: string
  member: PortalMember
}

/** The portal context of a page, signed in or not. */
export async function portalContext(params: Promise<{ locale: string }>): Promise<PortalContext> {
  const { locale, tenant, publicPath } = await pageContext(params)

  return { locale, t: portalMessages(locale), tenant, publicPath }
}

/** The sign-in page's address, remembering a portal page to come back to. */
export function signInPath(
  locale: Locale,
  reason: 'expired' | 'signed-out' | 'password-changed' | null,
  next?: string,
): string {
  const query = new URLSearchParams()
  if (reason) query.set('notice', reason)
  if (next && isPortalPath(next)) query.set('next', next)
  const search = query.toString()

  return `${portalPath(locale, '/sign-in')}${search ? `?${search}` : ''}`
}

const memberOf = cache((token: string) => getMember(token))

/**
 * The signed-in member's context. Without a session cookie the member goes to the sign-in
 * page; when commerce refuses the token (expired) to the sign-in page with that message.
 */
export async function signedInContext(
  params: Promise<{ locale: string }>,
): Promise<SignedInContext> {
  const context = await portalContext(params)
  const token = await readSessionToken(context.tenant.slug)
  if (!token) redirect(signInPath(context.locale, null, context.publicPath))
  const member = await portalRead(context, () => memberOf(token))

  return { ...context, token, member }
}

/**
 * Runs a vendor API read for a page: a refused token sends the member to sign in again, a 404
 * (missing, or another cooperative's) shows the portal's not-found page; other failures go to
 * the portal's error boundary.
 */
export async function portalRead<T>(context: PortalContext, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (isUnauthorized(error)) redirect(signInPath(context.locale, 'expired', context.publicPath))
    if (isNotFound(error)) notFound()
    throw error
  }
}
