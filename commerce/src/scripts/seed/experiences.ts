import type { IProductModuleService, MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules, ProductStatus } from '@medusajs/framework/utils'
import { createProductsWorkflow } from '@medusajs/medusa/core-flows'
import {
  EXPERIENCE_OPERATORS,
  type ExperienceData,
  experienceAdultPrice,
  experienceCapacity,
  experienceHours,
} from '../../lib/catalog/experience-data'
import { type AnchorLookup, lacksPoint, originMetadata } from '../../lib/catalog/map-anchors'
import { AREA_TENANT_SLUG } from '../../lib/tenants'
import { BOOKING_MODULE } from '../../modules/booking'
import { fromVietnamLocal, vietnamLocal } from '../../modules/booking/local-time'
import type BookingModuleService from '../../modules/booking/service'
import { COOPERATIVE_MODULE } from '../../modules/cooperative'
import type CooperativeModuleService from '../../modules/cooperative/service'
import type { TenantChannel } from './tenant-channels'

const OPTION = 'Khách'
/** Participant types: adult full price, child half, infant free. */
const PARTICIPANTS = [
  { value: 'Người lớn (adult)', share: 1 },
  { value: 'Trẻ em (child)', share: 0.5 },
  { value: 'Em bé (infant)', share: 0 },
] as const

/** Days of sessions the seed schedules ahead. */
export const SESSION_DAYS = 60

/**
 * Creates every experience that is not there yet (handle = reference id) as a product with
 * adult/child/infant variants, on its tenants' channels, under its operator when known, with a
 * daily 08:00 (Vietnam) session for the next 60 days. Experiences and sessions are placed at
 * their map anchor (`data/map-anchors.json`); those seeded before it get the coordinates added,
 * nothing else changed. Returns how many were created.
 */
export async function seedExperiences(
  container: MedusaContainer,
  input: {
    experiences: ExperienceData[]
    /** The reviewed map anchors: where each experience and its meeting point show. */
    anchors: AnchorLookup
    channels: TenantChannel[]
    /** Where generated images are served, e.g. `<COMMERCE_URL>/hoaban/images/products`. */
    imageBaseUrl: string
    today?: Date
  },
): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const existing = await productModule.listProducts(
    { handle: input.experiences.map((e) => e.id) },
    { select: ['id', 'handle', 'thumbnail', 'metadata'] },
  )
  // Experiences seeded before images existed get theirs once; later runs find them set.
  for (const product of existing.filter((p) => !p.thumbnail)) {
    const url = `${input.imageBaseUrl}/${product.handle}.svg`
    await productModule.updateProducts(product.id, { thumbnail: url, images: [{ url }] })
  }
  await placeExistingExperiences(booking, productModule, existing, input)
  const missing = input.experiences.filter((e) => !existing.some((p) => p.handle === e.id))
  if (missing.length === 0) return 0
  const [profile] = await fulfillment.listShippingProfiles({ type: 'default' })
  const channelOf = (slug: string) => input.channels.find((c) => c.slug === slug)?.salesChannelId

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((experience) => {
        const adult = experienceAdultPrice(experience)
        const slugs = [AREA_TENANT_SLUG]
        if (experience.location_vi.includes('Mường Phăng')) slugs.push('muong-phang')

        return {
          title: experience.name_vi,
          subtitle: experience.name_en,
          handle: experience.id,
          description: experience.description_vi ?? undefined,
          status: ProductStatus.PUBLISHED,
          thumbnail: `${input.imageBaseUrl}/${experience.id}.svg`,
          images: [{ url: `${input.imageBaseUrl}/${experience.id}.svg` }],
          shipping_profile_id: profile?.id,
          options: [{ title: OPTION, values: PARTICIPANTS.map((p) => p.value) }],
          variants: PARTICIPANTS.map((p) => ({
            title: p.value,
            manage_inventory: false,
            options: { [OPTION]: p.value },
            prices: [{ amount: Math.round((adult * p.share) / 1000) * 1000, currency_code: 'vnd' }],
          })),
          sales_channels: slugs.flatMap((s) =>
            channelOf(s) ? [{ id: channelOf(s) as string }] : [],
          ),
          metadata: {
            kind: 'experience',
            title_en: experience.name_en,
            description_en: experience.description_en ?? null,
            origin_commune: experience.location_vi,
            ...originMetadata(input.anchors('experience', experience.id)),
            category: experience.category,
            cancellation_policy: { free_until_hours: 48, late_refund_share: 0.5 },
          },
        }
      }),
    },
  })

  const today = vietnamLocal(input.today ?? new Date()).date
  const sessions = created.flatMap((product) => {
    const experience = missing.find((e) => e.id === product.handle)
    if (!experience) return []
    const hours = experienceHours(experience)
    const point = input.anchors('experience', experience.id)

    return Array.from({ length: SESSION_DAYS }, (_, day) => {
      const date = new Date(`${today}T00:00:00Z`)
      date.setUTCDate(date.getUTCDate() + day + 1)
      const startsAt = fromVietnamLocal(date.toISOString().slice(0, 10), '08:00')

      return {
        product_id: product.id,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + hours * 3600_000),
        capacity: experienceCapacity(experience),
        language: 'vi',
        meeting_point: experience.location_vi,
        lat: point?.lat ?? null,
        lng: point?.lng ?? null,
      }
    })
  })
  await booking.createExperienceSessions(sessions)

  const operators = await cooperatives.listCooperatives({
    handle: Object.values(EXPERIENCE_OPERATORS),
  })
  const links = created.flatMap((product) => {
    const operator = operators.find((c) => c.handle === EXPERIENCE_OPERATORS[product.handle])

    return operator
      ? [
          {
            [COOPERATIVE_MODULE]: { cooperative_id: operator.id },
            [Modules.PRODUCT]: { product_id: product.id },
          },
        ]
      : []
  })
  if (links.length > 0) await link.create(links)

  return created.length
}

/**
 * Adds the anchor's coordinates to experiences seeded before they had any: the product's
 * origin metadata, and the seeded sessions (those still at the seeded meeting point) that have
 * none. Sessions a vendor moved elsewhere keep what the vendor gave them.
 */
async function placeExistingExperiences(
  booking: BookingModuleService,
  productModule: IProductModuleService,
  existing: { id: string; handle: string; metadata?: Record<string, unknown> | null }[],
  input: { experiences: ExperienceData[]; anchors: AnchorLookup },
): Promise<void> {
  for (const product of existing) {
    const point = input.anchors('experience', product.handle)
    const experience = input.experiences.find((e) => e.id === product.handle)
    if (!point || !experience) continue
    if (lacksPoint(product.metadata, ['origin_lat', 'origin_lng'])) {
      await productModule.updateProducts(product.id, {
        metadata: { ...product.metadata, ...originMetadata(point) },
      })
    }
    const sessions = await booking.listExperienceSessions(
      { product_id: product.id, meeting_point: experience.location_vi, lat: null },
      { select: ['id'] },
    )
    if (sessions.length > 0) {
      await booking.updateExperienceSessions(
        sessions.map((session) => ({ id: session.id, lat: point.lat, lng: point.lng })),
      )
    }
  }
}
