import type { Locale, Tenant } from '@/domain/types'
import type { CmsTenant } from './schemas'

function contactText(contact: unknown): string | null {
  if (typeof contact === 'string') return contact
  if (!contact || typeof contact !== 'object') return null
  const parts = Object.values(contact).filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  )

  return parts.length > 0 ? parts.join(' · ') : null
}

/** Turns a CMS tenant document into the site's Tenant. */
export function mapTenant(doc: CmsTenant): Tenant {
  const { lat, lng, zoom } = doc.map ?? {}

  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name?.trim() || doc.slug,
    domains: (doc.domains ?? []).map((entry) => entry.domain.toLowerCase()),
    defaultLocale: (doc.defaultLocale ?? 'vi') as Locale,
    map:
      typeof lat === 'number' && typeof lng === 'number'
        ? { lat, lng, zoom: typeof zoom === 'number' ? zoom : 13 }
        : null,
    contact: contactText(doc.contact),
    commerce: {
      salesChannelId: doc.commerce?.salesChannelId || null,
      publishableKey: doc.commerce?.publishableKey || null,
    },
  }
}
