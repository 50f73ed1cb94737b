import type { Locale } from '@/domain/types'
import { portalMessagesEn } from '@/i18n/portal-messages-en'
import { type PortalMessages, portalMessagesVi } from '@/i18n/portal-messages-vi'

export type { PortalMessages }

/** The cooperative portal's strings in a language. */
export function portalMessages(locale: Locale): PortalMessages {
  return locale === 'en' ? portalMessagesEn : portalMessagesVi
}
