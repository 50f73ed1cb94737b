import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Localized = { vi: string; en: string }

/** A CMS document as the fake stores it: localized fields hold both locales. */
export type FakeCmsDoc = {
  id: number
  collection: 'heritage-sites' | 'festivals' | 'places' | 'stories'
  tenant: string
  status: 'published' | 'draft'
  slug: string
  title: Localized
  summary: Localized
  description: Localized
  kind?: string
  location?: { lat: number | null; lng: number | null; commune: string | null }
  updatedAt: string
}

/** A commerce product in the HoaBanProduct store shape. */
export type FakeProduct = {
  id: string
  handle: string
  kind: 'product' | 'experience'
  title: Localized
  description: Localized
  thumbnail: string | null
  images: string[]
  price_vnd: number | null
  variants: Array<{ id: string; title: string; price_vnd: number; inventory_quantity: number }>
  ocop: null | {
    stars: number | null
    status: string
    group: string
    certificate_number: string
    issued_at: string
    expires_at: string
  }
  cooperative: null | { handle: string; name: Localized }
  origin_place: { commune: string; lat?: number; lng?: number }
  tenant_slugs: string[]
  updated_at: string
}

export type FakeCooperative = {
  id: string
  handle: string
  name: Localized
  description: Localized
  commune: string | null
  tenant_slugs: string[]
  updated_at: string
}

export type FakeTenant = { id: number; slug: string; name: string; publishableKey: string | null }

/** Mutable state of both fake sources; tests edit it, the servers serve it. */
export type FakeState = {
  tenants: FakeTenant[]
  cms: FakeCmsDoc[]
  products: FakeProduct[]
  cooperatives: FakeCooperative[]
  cmsDown: boolean
  commerceDown: boolean
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function tenantObject(state: FakeState, slug: string) {
  const tenant = state.tenants.find((item) => item.slug === slug)

  return tenant === undefined ? null : { id: tenant.id, slug: tenant.slug, name: tenant.name }
}

/** The REST shape Payload answers for one document in one locale at depth 1. */
function cmsView(state: FakeState, doc: FakeCmsDoc, locale: 'vi' | 'en') {
  return {
    id: doc.id,
    tenant: tenantObject(state, doc.tenant),
    title: doc.title[locale],
    slug: doc.slug,
    kind: doc.kind ?? null,
    summary: doc.summary[locale],
    description: {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [{ type: 'text', text: doc.description[locale] }],
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
      },
    },
    location: doc.location ?? null,
    _status: doc.status,
    updatedAt: doc.updatedAt,
    createdAt: doc.updatedAt,
  }
}

function handleCms(state: FakeState, url: URL, res: ServerResponse) {
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'vi'
  const parts = url.pathname.split('/').filter(Boolean)
  const collection = parts[1]
  const limit = Number(url.searchParams.get('limit') ?? 10)
  const page = Number(url.searchParams.get('page') ?? 1)
  const paginate = (items: unknown[]) => {
    const docs = items.slice((page - 1) * limit, page * limit)

    return { docs, totalDocs: items.length, hasNextPage: page * limit < items.length, page }
  }
  if (collection === 'tenants' && parts.length === 2) {
    return send(
      res,
      200,
      paginate(
        state.tenants.map((tenant) => ({
          id: tenant.id,
          slug: tenant.slug,
          name: tenant.name,
          commerce: { publishableKey: tenant.publishableKey, salesChannelId: null },
        })),
      ),
    )
  }
  const visible = state.cms.filter(
    (doc) => doc.collection === collection && doc.status === 'published',
  )
  if (parts.length === 2) {
    const tenantId = url.searchParams.get('where[tenant][equals]')
    const slug = state.tenants.find((tenant) => String(tenant.id) === tenantId)?.slug
    const docs = visible.filter((doc) => tenantId === null || doc.tenant === slug)

    return send(res, 200, paginate(docs.map((doc) => cmsView(state, doc, locale))))
  }
  const doc = visible.find((item) => String(item.id) === parts[2])
  if (doc === undefined)
    return send(res, 404, { errors: [{ message: 'The requested resource was not found.' }] })

  return send(res, 200, cmsView(state, doc, locale))
}

function handleCommerce(state: FakeState, url: URL, req: IncomingMessage, res: ServerResponse) {
  const key = req.headers['x-publishable-api-key']
  const tenant = state.tenants.find(
    (item) => item.publishableKey !== null && item.publishableKey === key,
  )
  if (tenant === undefined)
    return send(res, 400, { message: 'A valid publishable key is required' })
  const parts = url.pathname.split('/').filter(Boolean)
  const products = state.products.filter((product) => product.tenant_slugs.includes(tenant.slug))
  if (parts[2] === 'products' && parts.length === 3) {
    const limit = Number(url.searchParams.get('limit') ?? 20)
    const offset = Number(url.searchParams.get('offset') ?? 0)

    return send(res, 200, {
      products: products.slice(offset, offset + limit),
      count: products.length,
    })
  }
  if (parts[2] === 'products') {
    const product = products.find((item) => item.handle === parts[3])

    return product === undefined
      ? send(res, 404, { message: 'not found' })
      : send(res, 200, { product })
  }
  if (parts[2] === 'cooperatives') {
    const coops = state.cooperatives.filter((coop) => coop.tenant_slugs.includes(tenant.slug))
    if (parts.length === 4) {
      const coop = coops.find((item) => item.handle === parts[3])

      return coop === undefined
        ? send(res, 404, { message: 'not found' })
        : send(res, 200, { cooperative: coop })
    }

    return send(res, 200, { cooperatives: coops, count: coops.length })
  }

  return send(res, 404, { message: 'not found' })
}

/** Starts one HTTP server playing both the CMS REST API and commerce's /store/hoaban routes. */
export async function startFakeSources(state: FakeState) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    if (url.pathname.startsWith('/api/')) {
      if (state.cmsDown) return send(res, 503, { message: 'down' })

      return handleCms(state, url, res)
    }
    if (url.pathname.startsWith('/store/hoaban/')) {
      if (state.commerceDown) return send(res, 503, { message: 'down' })

      return handleCommerce(state, url, req, res)
    }

    return send(res, 404, { message: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
