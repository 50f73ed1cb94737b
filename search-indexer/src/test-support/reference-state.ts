import { readFileSync } from 'node:fs'
import type { FakeCmsDoc, FakeCooperative, FakeProduct, FakeState } from './fake-sources.js'

type Item = Record<string, unknown> & { id: string; name_vi: string; name_en: string }

const dataDir = new URL('../../../data/', import.meta.url)

function items(file: string): Item[] {
  return (JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) as { items: Item[] }).items
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const firstSentence = (value: string) => value.split(/(?<=\.)\s/)[0] ?? value
const muongPhangIds = new Set(['so-chi-huy-muong-phang', 'tuong-dai-mung-cong', 'ho-pa-khoang'])

/**
 * The reference facts in the repository's data/ folder as the CMS and commerce would serve
 * them: heritage and festivals of Điện Biên Phủ ward (the Mường Phăng sites belong to the
 * Mường Phăng commune), OCOP products, experiences and cooperatives.
 */
export function referenceState(): FakeState {
  let nextId = 1
  const updatedAt = '2026-11-01T00:00:00.000Z'
  const cms: FakeCmsDoc[] = []
  for (const item of items('heritage.json')) {
    const location = (item.location ?? {}) as { lat?: number; lng?: number; address_vi?: string }
    const inMuongPhang = muongPhangIds.has(item.id)
    cms.push({
      id: nextId++,
      collection: 'heritage-sites',
      tenant: inMuongPhang ? 'muong-phang' : 'dien-bien-phu',
      status: 'published',
      slug: item.id,
      title: { vi: item.name_vi, en: item.name_en },
      summary: {
        vi: firstSentence(text(item.description_vi)),
        en: firstSentence(text(item.description_en)),
      },
      description: { vi: text(item.description_vi), en: text(item.description_en) },
      kind: text(item.type),
      location: {
        lat: location.lat ?? null,
        lng: location.lng ?? null,
        commune: (location.address_vi ?? '').includes('Mường Phăng')
          ? 'Mường Phăng'
          : 'Điện Biên Phủ',
      },
      updatedAt,
    })
  }
  for (const item of items('festivals.json')) {
    cms.push({
      id: nextId++,
      collection: 'festivals',
      tenant: 'dien-bien-phu',
      status: 'published',
      slug: item.id,
      title: { vi: item.name_vi, en: item.name_en },
      summary: {
        vi: firstSentence(text(item.description_vi)),
        en: firstSentence(text(item.description_en)),
      },
      description: { vi: text(item.description_vi), en: text(item.description_en) },
      kind: text(item.kind),
      updatedAt,
    })
  }

  const cooperativeItems = items('cooperatives.json')
  const cooperatives: FakeCooperative[] = cooperativeItems.map((item) => ({
    id: `coop_${item.id}`,
    handle: item.id,
    name: { vi: item.name_vi, en: item.name_en.trim() },
    description: { vi: text(item.commune_pre2025), en: text(item.commune_pre2025) },
    commune: null,
    tenant_slugs: ['dien-bien-phu'],
    updated_at: updatedAt,
  }))

  const products: FakeProduct[] = items('ocop-products.json').map((item, index) => {
    const price = (item.retail_price_vnd as { min?: number } | undefined)?.min ?? 100_000
    const producer = cooperativeItems.find((coop) => coop.id === item.producer_id)
    // One certificate has lapsed: its product must show no stars.
    const expired = item.id === 'giam-tao-meo'

    return {
      id: `prod_${String(index).padStart(3, '0')}`,
      handle: item.id,
      kind: 'product',
      title: { vi: item.name_vi, en: item.name_en },
      description: { vi: text(item.description_vi), en: text(item.description_en) },
      thumbnail: `/media/${item.id}.webp`,
      images: [],
      price_vnd: price,
      variants: [
        { id: `variant_${index}`, title: 'Default', price_vnd: price, inventory_quantity: 10 },
      ],
      ocop: {
        stars: expired ? null : (item.stars as number),
        status: expired ? 'expired' : 'valid',
        group: text(item.group),
        certificate_number: `OCOP-DB-${index}`,
        issued_at: '2024-01-01',
        expires_at: expired ? '2026-01-01' : '2027-01-01',
      },
      cooperative: producer
        ? { handle: producer.id, name: { vi: producer.name_vi, en: producer.name_en.trim() } }
        : null,
      origin_place: { commune: text(item.district_pre2025).split(' (')[0] ?? '' },
      tenant_slugs: index % 3 === 0 ? ['dien-bien-phu', 'muong-phang'] : ['dien-bien-phu'],
      updated_at: updatedAt,
    }
  })
  for (const [index, item] of items('experiences.json').entries()) {
    const price = (item.price_vnd as { min?: number } | undefined)?.min ?? 200_000
    products.push({
      id: `prod_exp_${String(index).padStart(3, '0')}`,
      handle: item.id,
      kind: 'experience',
      title: { vi: item.name_vi, en: item.name_en },
      description: { vi: text(item.description_vi), en: text(item.description_en) },
      thumbnail: null,
      images: [],
      price_vnd: price,
      variants: [
        { id: `variant_exp_${index}`, title: 'Session', price_vnd: price, inventory_quantity: 20 },
      ],
      ocop: null,
      cooperative: null,
      origin_place: {
        commune: item.id.startsWith('muong-phang') ? 'Mường Phăng' : 'Điện Biên Phủ',
      },
      tenant_slugs: item.id.startsWith('muong-phang')
        ? ['dien-bien-phu', 'muong-phang']
        : ['dien-bien-phu'],
      updated_at: updatedAt,
    })
  }

  return {
    tenants: [
      {
        id: 1,
        slug: 'dien-bien-phu',
        name: 'Điện Biên Phủ',
        publishableKey: 'pk_test_dien_bien_phu',
      },
      { id: 2, slug: 'muong-phang', name: 'Mường Phăng', publishableKey: 'pk_test_muong_phang' },
    ],
    cms,
    products,
    cooperatives,
    cmsDown: false,
    commerceDown: false,
  }
}
