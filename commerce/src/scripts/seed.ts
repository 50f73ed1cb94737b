import type { ExecArgs } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { updateStoresWorkflow } from '@medusajs/medusa/core-flows'
import { readExperiences } from '../lib/catalog/experience-data'
import { readMapAnchors } from '../lib/catalog/map-anchors'
import { readCooperatives, readOcopProducts } from '../lib/catalog/reference-data'
import { readEnv } from '../lib/env'
import { AREA_TENANT_SLUG, DEMO_TENANTS } from '../lib/tenants'
import { seedAdminUser, seedTenantAdmins } from './seed/admin-user'
import { seedCertificates } from './seed/certificates'
import { seedCooperativeMembers } from './seed/cooperative-members'
import { seedCooperatives } from './seed/cooperatives'
import { seedExperiences } from './seed/experiences'
import { seedFulfillment } from './seed/fulfillment'
import { seedProducts } from './seed/products'
import { seedRegion } from './seed/region'
import { seedTenantChannels } from './seed/tenant-channels'

/** Payment providers enabled in the Vietnam region; cash on delivery first (the default). */
function paymentProviders(stripe: boolean): string[] {
  return ['pp_cod_cod', 'pp_vietqr_vietqr', ...(stripe ? ['pp_stripe_stripe'] : [])]
}

/**
 * Demo data for Hoa Ban, idempotent: every record is looked up before it is created, so a
 * second run changes nothing. Run with `npm run seed -w commerce`.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const env = readEnv()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const started = Date.now()

  await seedAdminUser(container, env)
  await seedTenantAdmins(container, env, DEMO_TENANTS)
  const regionId = await seedRegion(container, paymentProviders(Boolean(env.STRIPE_API_KEY)))
  const channels = await seedTenantChannels(container, DEMO_TENANTS)
  const locationId = await seedFulfillment(
    container,
    regionId,
    channels.map((c) => c.salesChannelId),
  )

  const [store] = await storeModule.listStores()
  const area = channels.find((c) => c.slug === AREA_TENANT_SLUG)
  if (store && area) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: 'Hoa Ban',
          supported_currencies: [
            { currency_code: 'vnd', is_default: true, is_tax_inclusive: true },
          ],
          default_sales_channel_id: area.salesChannelId,
          default_region_id: regionId,
          default_location_id: locationId,
        },
      },
    })
  }

  const products = readOcopProducts()
  const cooperatives = readCooperatives()
  const imageBaseUrl = new URL('/hoaban/images/products', env.COMMERCE_URL).toString()
  const created = await seedProducts(container, {
    products,
    cooperatives,
    channels,
    locationId,
    imageBaseUrl,
  })
  const anchors = readMapAnchors()
  const coops = await seedCooperatives(container, cooperatives, anchors)
  const certificates = await seedCertificates(container, products)
  await seedCooperativeMembers(container, env)
  const experiences = await seedExperiences(container, {
    experiences: readExperiences(),
    anchors,
    channels,
    imageBaseUrl,
  })
  logger.info(
    `seed: done in ${Date.now() - started} ms; created ${created} products, ${coops} ` +
      `cooperatives, ${certificates} certificates, ${experiences} experiences`,
  )
}
