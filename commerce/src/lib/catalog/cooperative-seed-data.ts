import { AREA_TENANT_SLUG, DEMO_TENANTS } from '../tenants'
import type { CooperativeData } from './reference-data'

/** Legal form of a producer, as the cooperative module stores it. */
export type CooperativeKind = 'cooperative' | 'household_business' | 'company'

/** Reads the legal form from the free-text `type` of the reference data. */
export function cooperativeKind(type: string | null): CooperativeKind {
  const text = (type ?? '').toLowerCase()
  if (text.includes('company')) return 'company'
  if (text.startsWith('cooperative') || text.includes('group')) return 'cooperative'

  return 'household_business'
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()

/** The tenant a producer belongs to: a demo tenant named in its commune, else the area shop. */
export function cooperativeTenant(coop: CooperativeData): string {
  const place = fold(coop.commune_pre2025 ?? '')
  const local = DEMO_TENANTS.find(
    (t) => t.slug !== AREA_TENANT_SLUG && place.includes(fold(t.name)),
  )

  return local?.slug ?? AREA_TENANT_SLUG
}

/** A stable small number from a text, for deterministic demo values. */
export function stableHash(text: string): number {
  let hash = 2166136261
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 16777619) >>> 0
  }

  return hash
}

/**
 * Demo issue date of a seeded certificate: 1 to 24 whole months before `today` (UTC midnight),
 * fixed per product, so every seeded certificate starts valid. The sources give only the
 * year a rating was reported, not certificate dates.
 */
export function demoIssueDate(productId: string, today: Date): Date {
  const monthsAgo = 1 + (stableHash(productId) % 24)

  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 15))
}
