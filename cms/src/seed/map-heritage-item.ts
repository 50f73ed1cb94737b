import type { HeritageItem } from './read-reference-data'
import { tenantSlugForAddress } from './demo-tenants'
import { plainTextToRichText, type RichTextState } from './plain-text-to-rich-text'

const kindByType: Record<string, string> = {
  battlefield_relic: 'battlefield-relic',
  battlefield_relic_scenic: 'battlefield-relic',
  museum: 'museum',
  monument: 'monument',
  memorial: 'memorial',
  memorial_cemetery: 'memorial',
  historic_citadel_temple: 'relic',
  cave_historic: 'relic',
  ancient_architecture: 'architecture',
  natural_landscape: 'landscape',
  cultural_village: 'village',
}

/** One heritage site ready for the Local API: shared fields plus each locale's texts. */
export type HeritageSeed = {
  tenantSlug: string
  shared: {
    slug: string
    kind: string
    rankDecision?: string
    location: { lat?: number; lng?: number; commune?: string }
    ticketPriceVnd?: number
    sources: { url: string }[]
  }
  locales: Record<
    'vi' | 'en',
    {
      title: string
      summary: string
      description: RichTextState
      heritageRank?: string
      openingHours?: string
      address?: string
      coordinatesNote?: string
      keyFacts: string[]
    }
  >
}

/** Maps a data/heritage.json item to the CMS shape and the tenant where it lies. */
export function mapHeritageItem(item: HeritageItem): HeritageSeed {
  const tenantSlug = tenantSlugForAddress(item.location.address_vi)
  const ticket = item.ticket_vnd?.value
  const decision = item.heritage_rank?.match(/Decision ([^,)]+)/)?.[1]?.trim()

  return {
    tenantSlug,
    shared: {
      slug: item.id,
      kind: kindByType[item.type] ?? 'relic',
      rankDecision: decision,
      location: {
        lat: item.location.lat ?? undefined,
        lng: item.location.lng ?? undefined,
        commune: tenantSlug === 'muong-phang' ? 'Mường Phăng' : undefined,
      },
      ticketPriceVnd: typeof ticket === 'number' && Number.isInteger(ticket) ? ticket : undefined,
      sources: item.sources.map((url) => ({ url })),
    },
    locales: {
      vi: {
        title: item.name_vi,
        summary: item.description_vi,
        description: plainTextToRichText(item.description_vi),
        address: item.location.address_vi,
        keyFacts: [],
      },
      en: {
        title: item.name_en,
        summary: item.description_en,
        description: plainTextToRichText(item.description_en),
        heritageRank: item.heritage_rank,
        openingHours: item.opening_hours?.value ?? undefined,
        coordinatesNote: item.location.coord_note,
        keyFacts: item.key_facts,
      },
    },
  }
}
