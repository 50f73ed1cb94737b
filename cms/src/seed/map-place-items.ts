import { z } from 'zod'

import { tenantSlugForAddress } from './demo-tenants'
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
    location: { commune?: string }
    sources: { url: string }[]
  }
  locales: Record<
    'vi' | 'en',
    { title: string; summary: string; description: RichTextState; address?: string }
  >
}

/**
 * The village of a cooperative, for producers whose commune is known: the place a product
 * "comes from" and the storefront links to.
 */
export function mapCooperativeVillage(
  item: z.infer<typeof cooperativeItemSchema>,
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
      location: { commune },
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
      },
    },
  }
}

/** The place where an experience happens. */
export function mapExperiencePlace(item: z.infer<typeof experienceItemSchema>): PlaceSeed {
  return {
    tenantSlug: tenantSlugForAddress(item.location_vi),
    shared: {
      slug: `trai-nghiem-${item.id}`,
      category: /homestay/.test(item.category ?? '') ? 'lodging' : 'experience',
      relatedExperienceHandles: [{ handle: item.id }],
      heritageSlugs: item.heritage_ids,
      location: {},
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
      },
    },
  }
}
