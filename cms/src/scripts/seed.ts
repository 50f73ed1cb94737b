/**
 * `npm run seed`: demo tenants, one demo staff account per role per tenant, and every heritage
 * site, festival, cooperative village and experience place of data/ in vi and en, published,
 * each with a generated placeholder image, two panoramas, two 3D models, audio guides with
 * captions and a few stories per tenant. Idempotent: documents are found by slug (users by
 * e-mail, images by file name) and never created twice. Places and festivals are put on the map
 * from data/map-anchors.json; one seeded before it had coordinates gets them on the next run.
 */
import type { CollectionSlug, Payload } from 'payload'

import { demoLoginsRefused, env } from '../config/env'
import { buildStele, buildStiltHouse } from '../media/build-demo-models'
import type { PlaceholderIcon } from '../media/placeholder-image'
import { placeholderPanorama } from '../media/placeholder-panorama'
import { demoTenants } from '../seed/demo-tenants'
import { ensurePlaceholder } from '../seed/ensure-placeholder'
import { fillMissingFestivalSite, fillMissingPlaceLocation } from '../seed/fill-missing-location'
import { type AnchorLookup, readMapAnchors } from '../seed/map-anchors'
import { demoStaffAccounts } from '../seed/demo-users'
import { festivalItemSchema, mapFestivalItem } from '../seed/map-festival-item'
import { mapHeritageItem } from '../seed/map-heritage-item'
import {
  cooperativeItemSchema,
  experienceItemSchema,
  mapCooperativeVillage,
  mapExperiencePlace,
} from '../seed/map-place-items'
import { heritageItemSchema, readDataFile } from '../seed/read-reference-data'
import { seedAudioGuides } from '../seed/seed-audio-guides'
import { seedStories } from '../seed/seed-stories'
import { loadPayload } from './lib/load-payload'

type Counts = { created: number; kept: number; filled: number }
type Id = number | string
const context = { skipSearchSync: true }

async function ensureTenants(payload: Payload, counts: Counts): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>()
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

/** Creates a published document in vi, then adds its en texts; or keeps the one there. */
async function ensurePublished(
  payload: Payload,
  counts: Counts,
  collection: CollectionSlug,
  slug: string,
  vi: Record<string, unknown>,
  en: Record<string, unknown>,
): Promise<Id> {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
  })
  if (found.docs[0]) {
    counts.kept += 1

    return found.docs[0].id
  }
  const created = await payload.create({
    collection,
    locale: 'vi',
    context,
    data: { ...vi, slug, _status: 'published' } as never,
  })
  await payload.update({
    collection,
    id: created.id,
    locale: 'en',
    context,
    data: { ...en, _status: 'published' } as never,
  })
  counts.created += 1

  return created.id
}

const heritageIcons: Record<string, PlaceholderIcon> = {
  museum: 'museum',
  monument: 'monument',
  memorial: 'monument',
  village: 'stilt-house',
  landscape: 'mountains',
  architecture: 'monument',
}
const heritageIcon = (kind: string): PlaceholderIcon => heritageIcons[kind] ?? 'flag'

async function seedHeritage(payload: Payload, counts: Counts, tenants: Map<string, Id>) {
  const ids = new Map<string, Id>()
  for (const item of readDataFile('heritage.json', heritageItemSchema)) {
    const seed = mapHeritageItem(item)
    const tenant = tenants.get(seed.tenantSlug)
    const image = await ensurePlaceholder(payload, tenant, {
      key: seed.shared.slug,
      title: seed.locales.vi.title,
      subtitle: seed.locales.en.title,
      icon: heritageIcon(seed.shared.kind),
    })
    const { vi, en } = seed.locales
    const location = (address?: string, coordinatesNote?: string) => ({
      ...seed.shared.location,
      address,
      coordinatesNote,
    })
    const id = await ensurePublished(
      payload,
      counts,
      'heritage-sites',
      seed.shared.slug,
      {
        ...seed.shared,
        tenant,
        gallery: [image],
        title: vi.title,
        summary: vi.summary,
        description: vi.description,
        location: location(vi.address, vi.coordinatesNote),
        keyFacts: vi.keyFacts.map((fact) => ({ fact })),
      },
      {
        title: en.title,
        summary: en.summary,
        description: en.description,
        heritageRank: en.heritageRank,
        openingHours: en.openingHours,
        location: location(en.address, en.coordinatesNote),
        keyFacts: en.keyFacts.map((fact) => ({ fact })),
      },
    )
    ids.set(seed.shared.slug, id)
  }

  return ids
}

async function seedFestivals(
  payload: Payload,
  counts: Counts,
  tenants: Map<string, Id>,
  heritage: Map<string, Id>,
  anchors: AnchorLookup,
) {
  for (const item of readDataFile('festivals.json', festivalItemSchema)) {
    const seed = mapFestivalItem(item, anchors('festival', item.id))
    const site = seed.shared.heritageSlug ? heritage.get(seed.shared.heritageSlug) : undefined
    const tenant = tenants.get(seed.tenantSlug)
    const image = await ensurePlaceholder(payload, tenant, {
      key: seed.shared.slug,
      title: seed.locales.vi.title,
      subtitle: seed.locales.en.title,
      icon: 'flower',
    })
    const { vi, en } = seed.locales
    const id = await ensurePublished(
      payload,
      counts,
      'festivals',
      seed.shared.slug,
      {
        tenant,
        heritageSite: site,
        kind: seed.shared.kind,
        sources: seed.shared.sources,
        images: [image],
        recurrence: seed.shared.recurrence,
        title: vi.title,
        place: vi.place,
        summary: vi.summary,
        description: vi.description,
      },
      {
        title: en.title,
        ethnicGroup: en.ethnicGroup,
        summary: en.summary,
        description: en.description,
        programme: en.programme,
        recurrence: { ...seed.shared.recurrence, note: en.recurrenceNote },
      },
    )
    if (site !== undefined && (await fillMissingFestivalSite(payload, id, site))) {
      counts.filled += 1
    }
  }
}

async function seedPlaces(
  payload: Payload,
  counts: Counts,
  tenants: Map<string, Id>,
  heritage: Map<string, Id>,
  anchors: AnchorLookup,
) {
  const villages = readDataFile('cooperatives.json', cooperativeItemSchema).flatMap((item) => {
    const seed = mapCooperativeVillage(item, anchors('cooperative', item.id))

    return seed ? [seed] : []
  })
  const experiences = readDataFile('experiences.json', experienceItemSchema).map((item) =>
    mapExperiencePlace(item, anchors('experience', item.id)),
  )
  for (const seed of [...villages, ...experiences]) {
    const tenant = tenants.get(seed.tenantSlug)
    const image = await ensurePlaceholder(payload, tenant, {
      key: seed.shared.slug,
      title: seed.locales.vi.title,
      subtitle: seed.locales.en.title,
      icon:
        seed.shared.category === 'village'
          ? 'stilt-house'
          : seed.shared.category === 'lodging'
            ? 'stilt-house'
            : 'pin',
    })
    const { heritageSlugs, location, ...shared } = seed.shared
    const { vi, en } = seed.locales
    const id = await ensurePublished(
      payload,
      counts,
      'places',
      seed.shared.slug,
      {
        ...shared,
        tenant,
        images: [image],
        relatedHeritage: heritageSlugs.flatMap((slug) => {
          const id = heritage.get(slug)

          return id === undefined ? [] : [id]
        }),
        title: vi.title,
        summary: vi.summary,
        description: vi.description,
        location: { ...location, address: vi.address },
      },
      {
        title: en.title,
        summary: en.summary,
        description: en.description,
        location: { ...location, address: en.address, coordinatesNote: en.coordinatesNote },
      },
    )
    const { lat, lng } = location
    if (lat !== undefined && lng !== undefined) {
      const fill = { lat, lng, note: en.coordinatesNote }
      if (await fillMissingPlaceLocation(payload, id, fill)) {
        counts.filled += 1
      }
    }
  }
}

async function findBy(payload: Payload, collection: CollectionSlug, field: string, value: string) {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    draft: true,
    limit: 1,
    depth: 0,
  })

  return found.docs[0] as ({ id: Id } & Record<string, unknown>) | undefined
}

/** Links media to a published heritage site once; a site that has some already is kept. */
async function linkToHeritage(
  payload: Payload,
  slug: string,
  field: 'panoramas' | 'models',
  ids: Id[],
): Promise<void> {
  const site = await findBy(payload, 'heritage-sites', 'slug', slug)
  if (!site || (Array.isArray(site[field]) && (site[field] as unknown[]).length > 0)) {
    return
  }
  await payload.update({
    collection: 'heritage-sites',
    id: site.id,
    context,
    data: { [field]: ids, _status: 'published' } as never,
  })
}

/** Two panoramas of a small virtual tour, linked to each other, to heritage and a product. */
async function seedPanoramas(payload: Payload, counts: Counts, tenants: Map<string, Id>) {
  const tenant = tenants.get('dien-bien-phu')
  const tour = [
    {
      key: 'doi-a1-360',
      heritage: 'doi-a1',
      vi: 'Đồi A1 – toàn cảnh 360°',
      en: 'Hill A1 – 360° view',
    },
    {
      key: 'bao-tang-360',
      heritage: 'bao-tang-chien-thang',
      vi: 'Bảo tàng Chiến thắng – sân trước 360°',
      en: 'Victory Museum forecourt – 360° view',
    },
  ]
  const ids: Id[] = []
  for (const stop of tour) {
    const filename = `${stop.key}.jpg`
    const existing = await findBy(payload, 'panoramas', 'filename', filename)
    if (existing) {
      counts.kept += 1
      ids.push(existing.id)
      continue
    }
    const data = await placeholderPanorama({ key: stop.key, title: stop.vi })
    const created = await payload.create({
      collection: 'panoramas',
      locale: 'vi',
      context,
      data: { tenant, title: stop.vi, caption: 'Ảnh 360° minh họa' } as never,
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    })
    await payload.update({
      collection: 'panoramas',
      id: created.id,
      locale: 'en',
      context,
      data: { title: stop.en, caption: 'Placeholder 360° image' },
    })
    counts.created += 1
    ids.push(created.id)
  }
  for (const [index, stop] of tour.entries()) {
    const id = ids[index]!
    const other = ids[1 - index]!
    const doc = await payload.findByID({ collection: 'panoramas', id, depth: 0 })
    if ((doc.hotspots ?? []).length > 0) {
      continue
    }
    const heritage = await findBy(payload, 'heritage-sites', 'slug', stop.heritage)
    const hotspots = [
      { yaw: 90, pitch: -5, target: 'panorama', panorama: other, label: 'Đi tiếp', text: '' },
      { yaw: 0, pitch: 5, target: 'heritage', heritage: heritage?.id, label: 'Về di tích này' },
      {
        yaw: 200,
        pitch: -15,
        target: 'product',
        productHandle: 'mat-ong-ban-to-dien-bien',
        label: 'Đặc sản OCOP: mật ong',
      },
    ]
    const viDoc = await payload.update({
      collection: 'panoramas',
      id,
      locale: 'vi',
      context,
      data: { hotspots } as never,
    })
    const labels = ['Next stop', 'About this site', 'OCOP speciality: honey']
    await payload.update({
      collection: 'panoramas',
      id,
      locale: 'en',
      context,
      data: {
        hotspots: (viDoc.hotspots ?? []).map((spot, spotIndex) => ({
          ...spot,
          label: labels[spotIndex] ?? spot.label,
        })),
      } as never,
    })
    await linkToHeritage(payload, stop.heritage, 'panoramas', [id])
  }
}

/** Two GLB models built with glTF-Transform, with annotations in both languages. */
async function seedModels(payload: Payload, counts: Counts, tenants: Map<string, Id>) {
  const tenant = tenants.get('dien-bien-phu')
  const models = [
    {
      key: 'nha-san-thai',
      heritage: 'ban-men',
      build: buildStiltHouse,
      vi: 'Nhà sàn người Thái (mô hình minh họa)',
      en: 'Thai stilt house (illustrative model)',
      notes: [
        {
          vi: ['Mái cỏ tranh', 'Mái dốc hai mái lợp cỏ tranh.'],
          en: ['Thatched roof', 'Steep two-slope thatch.'],
          at: [0, 5.2, 0],
        },
        {
          vi: ['Sàn nhà', 'Sàn cao tránh ẩm và thú dữ.'],
          en: ['Raised floor', 'Kept high against damp and animals.'],
          at: [2.5, 1.8, 1.4],
        },
        {
          vi: ['Cầu thang', 'Lối lên nhà ở đầu hồi.'],
          en: ['Stairs', 'The way up at the gable end.'],
          at: [3.6, 1.2, 0],
        },
      ],
    },
    {
      key: 'bia-da',
      heritage: 'nghia-trang-a1',
      build: buildStele,
      vi: 'Bia đá tưởng niệm (mô hình minh họa)',
      en: 'Memorial stele (illustrative model)',
      notes: [
        {
          vi: ['Mặt bia', 'Nơi khắc tên và văn bia.'],
          en: ['Inscription face', 'Where names and text are carved.'],
          at: [0, 1.5, 0.13],
        },
        {
          vi: ['Bệ đá', 'Bệ đỡ bia.'],
          en: ['Plinth', 'The base of the stele.'],
          at: [0, 0.4, 0.45],
        },
      ],
    },
  ]
  for (const model of models) {
    const filename = `${model.key}.glb`
    if (await findBy(payload, 'models', 'filename', filename)) {
      counts.kept += 1
      continue
    }
    const poster = await ensurePlaceholder(payload, tenant, {
      key: `${model.key}-poster`,
      title: model.vi,
      subtitle: model.en,
      icon: model.key === 'bia-da' ? 'monument' : 'stilt-house',
    })
    const data = await model.build()
    const position = (at: number[]) => ({ x: at[0], y: at[1], z: at[2] })
    const created = await payload.create({
      collection: 'models',
      locale: 'vi',
      context,
      data: {
        tenant,
        title: model.vi,
        poster,
        annotations: model.notes.map((note) => ({
          label: note.vi[0],
          text: note.vi[1],
          position: position(note.at),
        })),
      } as never,
      file: { data, mimetype: 'model/gltf-binary', name: filename, size: data.length },
    })
    await payload.update({
      collection: 'models',
      id: created.id,
      locale: 'en',
      context,
      data: {
        title: model.en,
        annotations: (created.annotations ?? []).map((row, index) => ({
          ...row,
          label: model.notes[index]?.en[0] ?? row.label,
          text: model.notes[index]?.en[1] ?? row.text,
        })),
      } as never,
    })
    counts.created += 1
    await linkToHeritage(payload, model.heritage, 'models', [created.id])
  }
}

/** One site-settings document per tenant: navigation, hero and footer in both languages. */
async function seedSiteSettings(payload: Payload, counts: Counts, tenants: Map<string, Id>) {
  const nav = {
    vi: ['Di sản', 'Lễ hội', 'Điểm đến', 'Cửa hàng OCOP', 'Bản đồ'],
    en: ['Heritage', 'Festivals', 'Places', 'OCOP shop', 'Map'],
  }
  const hrefs = ['/heritage', '/festivals', '/places', '/shop', '/map']
  for (const tenant of demoTenants) {
    const id = tenants.get(tenant.slug)
    const found = await payload.find({
      collection: 'site-settings',
      where: { tenant: { equals: id } },
      limit: 1,
    })
    if (found.docs[0]) {
      counts.kept += 1
      continue
    }
    const links = (locale: 'vi' | 'en') =>
      nav[locale].map((text, index) => ({ label: text, href: `/${locale}${hrefs[index]}` }))
    const created = await payload.create({
      collection: 'site-settings',
      locale: 'vi',
      context,
      data: {
        tenant: id,
        siteName: tenant.name.vi,
        navigation: links('vi'),
        hero: {
          title: `${tenant.name.vi}: di sản, lễ hội và đặc sản OCOP`,
          subtitle: 'Khám phá, mua đặc sản và đặt trải nghiệm',
        },
        footer: { text: `Trang du lịch của ${tenant.name.vi}, tỉnh Điện Biên.` },
      } as never,
    })
    await payload.update({
      collection: 'site-settings',
      id: created.id,
      locale: 'en',
      context,
      data: {
        siteName: tenant.name.en,
        navigation: links('en'),
        hero: {
          title: `${tenant.name.en}: heritage, festivals and OCOP specialities`,
          subtitle: 'Explore, shop local specialities and book experiences',
        },
        footer: { text: `The tourism site of ${tenant.name.en}, Điện Biên province.` },
      } as never,
    })
    counts.created += 1
  }
}

async function main(): Promise<void> {
  const payload = await loadPayload()
  const counts: Counts = { created: 0, kept: 0, filled: 0 }
  const anchors = readMapAnchors()
  const tenants = await ensureTenants(payload, counts)

  if (demoLoginsRefused(env)) {
    console.warn('NODE_ENV=production: demo log-ins are not created')
  } else {
    await ensureUser(payload, counts, {
      email: env.DEMO_ADMIN_EMAIL,
      password: env.DEMO_ADMIN_PASSWORD,
      name: 'Hoa Ban demo admin',
      roles: ['platform-admin'],
    })
    for (const account of demoStaffAccounts([...tenants.keys()])) {
      await ensureUser(payload, counts, {
        email: account.email,
        password: env.DEMO_ADMIN_PASSWORD,
        name: account.name,
        tenants: [{ tenant: tenants.get(account.tenantSlug), roles: [account.role] }],
      })
    }
  }

  const heritage = await seedHeritage(payload, counts, tenants)
  await seedFestivals(payload, counts, tenants, heritage, anchors)
  await seedPlaces(payload, counts, tenants, heritage, anchors)
  await seedPanoramas(payload, counts, tenants)
  await seedModels(payload, counts, tenants)
  await seedSiteSettings(payload, counts, tenants)
  await seedAudioGuides(payload, counts)
  await seedStories(payload, counts, tenants)
  console.log(
    `seed done: ${counts.created} created, ${counts.kept} already there, ` +
      `${counts.filled} given their map location`,
  )
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('seed failed:', err)
    process.exit(1)
  },
)
