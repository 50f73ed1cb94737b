/**
 * `npm run seed`: demo tenants, demo staff and the heritage of data/ in vi and en, published.
 * Idempotent: documents are found by slug (users by e-mail) and never created twice.
 */
import type { Payload } from 'payload'

import { demoLoginsRefused, env } from '../config/env'
import { demoTenants } from '../seed/demo-tenants'
import { demoStaffAccounts } from '../seed/demo-users'
import { mapHeritageItem } from '../seed/map-heritage-item'
import { heritageItemSchema, readDataFile } from '../seed/read-reference-data'
import { loadPayload } from './lib/load-payload'

type Counts = { created: number; kept: number }

async function ensureTenants(
  payload: Payload,
  counts: Counts,
): Promise<Map<string, number | string>> {
  const ids = new Map<string, number | string>()
  for (const tenant of demoTenants) {
    const found = await payload.find({
      collection: 'tenants',
      where: { slug: { equals: tenant.slug } },
      limit: 1,
    })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const created = await payload.create({
        collection: 'tenants',
        locale: 'vi',
        data: {
          ...tenant,
          name: tenant.name.vi,
          contact: { ...tenant.contact, address: tenant.contact.address.vi },
        },
      })
      await payload.update({
        collection: 'tenants',
        id: created.id,
        locale: 'en',
        data: { name: tenant.name.en, contact: { address: tenant.contact.address.en } },
      })
      id = created.id
      counts.created += 1
    } else {
      counts.kept += 1
    }
    ids.set(tenant.slug, id)
  }

  return ids
}

async function ensureUser(
  payload: Payload,
  counts: Counts,
  data: { email: string; password: string; name: string } & Record<string, unknown>,
): Promise<void> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: data.email } },
    limit: 1,
  })
  if (found.docs.length > 0) {
    counts.kept += 1

    return
  }
  await payload.create({ collection: 'users', data: { ...data, isDemo: true } as never })
  counts.created += 1
}

async function ensureHeritage(
  payload: Payload,
  counts: Counts,
  tenantIds: Map<string, number | string>,
): Promise<void> {
  for (const item of readDataFile('heritage.json', heritageItemSchema)) {
    const seed = mapHeritageItem(item)
    const found = await payload.find({
      collection: 'heritage-sites',
      where: { slug: { equals: seed.shared.slug } },
      draft: true,
      limit: 1,
    })
    if (found.docs.length > 0) {
      counts.kept += 1
      continue
    }
    const tenant = tenantIds.get(seed.tenantSlug)
    const {
      address: viAddress,
      coordinatesNote: viNote,
      keyFacts: viFacts,
      ...vi
    } = seed.locales.vi
    const {
      address: enAddress,
      coordinatesNote: enNote,
      keyFacts: enFacts,
      ...en
    } = seed.locales.en
    const created = await payload.create({
      collection: 'heritage-sites',
      locale: 'vi',
      data: {
        ...seed.shared,
        ...vi,
        tenant,
        location: { ...seed.shared.location, address: viAddress, coordinatesNote: viNote },
        keyFacts: viFacts.map((fact) => ({ fact })),
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: 'heritage-sites',
      id: created.id,
      locale: 'en',
      data: {
        ...en,
        location: { ...seed.shared.location, address: enAddress, coordinatesNote: enNote },
        keyFacts: enFacts.map((fact) => ({ fact })),
        _status: 'published',
      } as never,
    })
    counts.created += 1
  }
}

async function main(): Promise<void> {
  const payload = await loadPayload()
  const counts: Counts = { created: 0, kept: 0 }
  const tenantIds = await ensureTenants(payload, counts)

  if (demoLoginsRefused(env)) {
    console.warn('NODE_ENV=production: demo log-ins are not created')
  } else {
    await ensureUser(payload, counts, {
      email: env.DEMO_ADMIN_EMAIL,
      password: env.DEMO_ADMIN_PASSWORD,
      name: 'Hoa Ban demo admin',
      roles: ['platform-admin'],
    })
    for (const account of demoStaffAccounts([...tenantIds.keys()])) {
      await ensureUser(payload, counts, {
        email: account.email,
        password: env.DEMO_ADMIN_PASSWORD,
        name: account.name,
        tenants: [{ tenant: tenantIds.get(account.tenantSlug), roles: [account.role] }],
      })
    }
  }

  await ensureHeritage(payload, counts, tenantIds)
  console.log(`seed done: ${counts.created} created, ${counts.kept} already there`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('seed failed:', err)
    process.exit(1)
  },
)
