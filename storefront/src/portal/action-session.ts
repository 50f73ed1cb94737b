import { redirect } from 'next/navigation'
import { z } from 'zod'
import { isUnauthorized } from '@/clients/vendor/vendor-request'
import type { Locale, Tenant } from '@/domain/types'
import { currentTenant } from '@/tenants/current-tenant'
import { signInPath } from './portal-context'
import { portalMessages, type PortalMessages } from './portal-messages'
import { isPortalPath, portalPath } from './portal-paths'
import { clearSessionToken, readSessionToken } from './session-cookie'

const LocaleField = z.enum(['vi', 'en']).catch('vi')

/** The language a form was sent in (its hidden `locale` field). */
export function formLocale(form: FormData): Locale {
  return LocaleField.parse(form.get('locale'))
}

/** The request's tenant; a server action needs the CMS to know it. */
export async function actionTenant(): Promise<Tenant> {
  const resolved = await currentTenant('vi')
  if (resolved.status === 'unknown') throw new Error('portal action on an unknown host')

  return resolved.tenant
}

/** What a signed-in server action works with. */
export interface ActionSession {
  locale: Locale
  t: PortalMessages
  tenant: Tenant
  token: string
}

/** The signed-in member's session for an action; without one, back to the sign-in page. */
export async function actionSession(form: FormData): Promise<ActionSession> {
  const locale = formLocale(form)
  const tenant = await actionTenant()
  const token = await readSessionToken(tenant.slug)
  if (!token) redirect(signInPath(locale, 'expired'))

  return { locale, t: portalMessages(locale), tenant, token }
}

/**
 * Runs a vendor API call of an action; a refused token clears the cookie and sends the member
 * to sign in again with the "expired" message. Other errors are thrown on.
 */
export async function withToken<T>(session: ActionSession, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (!isUnauthorized(error)) throw error
  }
  await clearSessionToken(session.tenant.slug)

  redirect(signInPath(session.locale, 'expired'))
}

/** The portal page a form asks to come back to (its `returnTo` field), else `fallback`. */
export function returnPath(form: FormData, locale: Locale, fallback: string): string {
  const asked = form.get('returnTo')
  if (
    typeof asked === 'string' &&
    isPortalPath(asked.split('?')[0] ?? '') &&
    !asked.includes('//')
  ) {
    return asked
  }

  return portalPath(locale, fallback)
}
