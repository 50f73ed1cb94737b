import { z } from 'zod'

import { tenantSlugForAddress } from './demo-tenants'
import type { AnchoredLocation } from './map-anchors'
import { plainTextToRichText, type RichTextState } from './plain-text-to-rich-text'

/** One producer of data/cooperatives.json. */
export const cooperativeItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  type: z.string().optional(),
  commune_pre2025: z.string().nullable().optional(),
  district_pre2025: z.string().nullable().optional(),
  sources: z.array(z.string()).default([]),
})

/** One experience of data/experiences.json. */
export const experienceItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  category: z.string().optional(),
  location_vi: z.string().optional(),
  heritage_ids: z.array(z.string()).default([]),
  description_vi: z.string().default(''),
  description_en: z.string().default(''),
  sources: z.array(z.string()).default([]),
})

/** A place ready for the Local API. */
export type PlaceSeed = {
  tenantSlug: string
  shared: {
    slug: string
    category: 'village' | 'experience' | 'lodging'
    cooperativeHandle?: string
    relatedExperienceHandles: { handle: string }[]
    heritageSlugs: string[]
    location: { commune?: string; lat?: number; lng?: number }
    sources: { url: string }[]
  }
  locales: Record<
    'vi' | 'en',
    {
      title: string
      summary: string
      description: RichTextState
      address?: string
      coordinatesNote?: string
    }
  >
}

/** The coordinates an anchor gives, ready to spread into a location group. */
function anchoredPoint(anchor: AnchoredLocation | null): { lat?: number; lng?: number } {
  return anchor ? { lat: anchor.lat, lng: anchor.lng } : {}
}

/**
 * The village of a cooperative, for producers whose commune is known: the place a product
 * "comes from" and the storefront links to, at its anchor's coordinates when it has one.
 */
export function mapCooperativeVillage(
  item: z.infer<typeof cooperativeItemSchema>,
  anchor: AnchoredLocation | null = null,
): PlaceSeed | null {
  const commune = item.commune_pre2025?.trim()
  if (!commune) {
    return null
  }
  const where = [commune, item.district_pre2025].filter(Boolean).join(', ')
  const summaryVi = `Nơi sản xuất của ${item.name_vi} (${where}).`
  const summaryEn = `Home of ${item.name_en} (${where}).`

  return {
    tenantSlug: tenantSlugForAddress(commune),
    shared: {
      slug: `lang-${item.id}`,
      category: 'village',
      cooperativeHandle: item.id,
      relatedExperienceHandles: [],
      heritageSlugs: [],
      location: { commune, ...anchoredPoint(anchor) },
      sources: item.sources.map((url) => ({ url })),
    },
    locales: {
      vi: {
        title: `${commune} – ${item.name_vi}`,
        summary: summaryVi,
        description: plainTextToRichText(summaryVi),
        address: where,
      },
      en: {
        title: `${commune} – ${item.name_en}`,
        summary: summaryEn,
        description: plainTextToRichText(summaryEn),
        address: where,
        coordinatesNote: anchor?.note,
      },
    },
  }
}

/** The place where an experience happens, at its anchor's coordinates when it has one. */
export function mapExperiencePlace(
  item: z.infer<typeof experienceItemSchema>,
  anchor: AnchoredLocation | null = null,
): PlaceSeed {
  return {
    tenantSlug: tenantSlugForAddress(item.location_vi),
    shared: {
      slug: `trai-nghiem-${item.id}`,
      category: /homestay/.test(item.category ?? '') ? 'lodging' : 'experience',
      relatedExperienceHandles: [{ handle: item.id }],
      heritageSlugs: item.heritage_ids,
      location: anchoredPoint(anchor),
      sources: item.sources.map((url) => ({ url })),
    },
    locales: {
      vi: {
        title: item.name_vi,
        summary: item.description_vi,
        description: plainTextToRichText(item.description_vi),
        address: item.location_vi,
      },
      en: {
        title: item.name_en,
        summary: item.description_en,
        description: plainTextToRichText(item.description_en),
        address: item.location_vi,
        coordinatesNote: anchor?.note,
      },
    },
  }
}
