import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { call, sql, tenantKey } from '../helpers/api'

const PASSWORD = 'hoaban-demo'

type QueueEntry = { id: string; kind: string; product: { id: string } | null }
type VendorProductReply = { images: { id: string; url: string }[]; thumbnail: string }

async function signIn(actor: 'user' | 'cooperative_member', email: string): Promise<string> {
  const reply = await call('POST', `/auth/${actor}/emailpass`, {
    body: { email, password: PASSWORD },
  })
  if (reply.status !== 200) throw new Error(`${email} sign-in ${reply.status}`)

  return reply.body.token
}

/** The demo member's email of the n-th cooperative (by handle) of a tenant. */
async function memberEmail(tenant: string, n: number): Promise<string> {
  const rows = await sql<{ email: string }>(
    `select m.email from cooperative c
     join cooperative_member m on m.cooperative_id = c.id and m.deleted_at is null
     where c.tenant_slug = $1 and c.deleted_at is null order by c.handle`,
    [tenant],
  )
  const row = rows[n]
  if (!row) throw new Error(`no cooperative ${n} in ${tenant}`)

  return row.email
}

/** Sends one file as multipart field `file`. */
async function upload(productId: string, token: string, file: Blob, name: string) {
  const form = new FormData()
  form.append('file', file, name)
  const response = await fetch(`${inject('commerceUrl')}/vendor/products/${productId}/images`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })

  return {
    status: response.status,
    body: (await response.json()) as { message?: string; product: VendorProductReply },
  }
}

/** A wide 2400×800 JPEG whose EXIF says "rotate 90° clockwise to view". */
async function sidewaysJpeg(): Promise<Buffer> {
  return sharp({
    create: { width: 2400, height: 800, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

async function storeHas(tenant: string, productId: string): Promise<boolean> {
  const reply = await call('GET', `/store/hoaban/products?limit=100&cooperative=${coopHandle}`, {
    key: await tenantKey(tenant),
  })
  expect(reply.status).toBe(200)

  return reply.body.products.some((p: { id: string }) => p.id === productId)
}

/** What the search double received about a product, oldest first. */
async function searchNotices(productId: string): Promise<{ tenant: string; op: string }[]> {
  const received = (await (await fetch(`${inject('searchUrl')}/__received`)).json()) as {
    body: { id: string; tenant: string; op: string }
  }[]

  return received.map((n) => n.body).filter((n) => n.id === productId)
}

const certificate = {
  stars: 4,
  certificate_number: 'OCOP-MP-2026-101',
  issuing_level: 'province',
  product_group: 'food',
  issued_at: '2026-03-01',
}

let coopHandle = ''

describe('cooperative products through the approval queue', () => {
  let member: string
  let stranger: string
  let muongPhangAdmin: string
  let dienBienAdmin: string
  let productId: string
  let variantId: string

  beforeAll(async () => {
    const email = await memberEmail('muong-phang', 0)
    coopHandle = email.split('@')[0] ?? ''
    member = await signIn('cooperative_member', email)
    stranger = await signIn('cooperative_member', await memberEmail('dien-bien-phu', 6))
    muongPhangAdmin = await signIn('user', 'tenant-admin@muong-phang.hoaban.local')
    dienBienAdmin = await signIn('user', 'tenant-admin@dien-bien-phu.hoaban.local')
  })

  it('creates a draft with Vietnamese and English texts and a pending new_product approval', async () => {
    const created = await call('POST', '/vendor/products', {
      token: member,
      body: {
        title: 'Gạo nếp nương Mường Phăng',
        title_en: 'Muong Phang upland sticky rice',
        description: 'Gạo nếp trồng trên nương.',
        description_en: 'Sticky rice grown on hillside fields.',
        price_vnd: 85_000,
        stock: 40,
        certificate,
      },
    })
    expect(created.status).toBe(201)
    const product = created.body.product
    productId = product.id
    variantId = product.variants[0].id
    expect(product).toMatchObject({
      status: 'draft',
      title: 'Gạo nếp nương Mường Phăng',
      title_en: 'Muong Phang upland sticky rice',
      description_en: 'Sticky rice grown on hillside fields.',
      approval: { kind: 'new_product', status: 'pending', reason: null },
      certificate: null,
      pending_certificate: {
        stars: 4,
        issued_at: '2026-03-01',
        expires_at: '2029-03-01',
        warning: null,
      },
      variants: [{ price_vnd: 85_000, stocked_quantity: 40 }],
    })
    expect(await storeHas('muong-phang', productId)).toBe(false)
  })

  it('refuses a member setting the status, and keeps texts editable', async () => {
    const publish = await call('POST', `/vendor/products/${productId}`, {
      token: member,
      body: { status: 'published' },
    })
    expect(publish.status).toBe(400)

    const edited = await call('POST', `/vendor/products/${productId}`, {
      token: member,
      body: { description_en: 'Fragrant sticky rice from Muong Phang.' },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.product).toMatchObject({
      status: 'draft',
      title_en: 'Muong Phang upland sticky rice',
      description_en: 'Fragrant sticky rice from Muong Phang.',
    })
  })

  it('stores an uploaded JPEG upright, within 1600 px, as WebP, and serves it', async () => {
    const jpeg = await sidewaysJpeg()
    const reply = await upload(
      productId,
      member,
      new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }),
      'a.jpg',
    )
    expect(reply.status).toBe(201)
    const product = reply.body.product
    expect(product.images).toHaveLength(1)
    expect(product.thumbnail).toBe(product.images[0]?.url)
    // Absolute URLs on COMMERCE_URL, like the seeded images.
    expect(product.thumbnail).toMatch(
      /^https?:\/\/[^/]+\/hoaban\/images\/uploads\/[a-z0-9_-]+\.webp$/,
    )
    const path = new URL(product.thumbnail).pathname

    const served = await fetch(`${inject('commerceUrl')}${path}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    expect(meta.format).toBe('webp')
    // 2400×800 turned upright is 800×2400, fitted into 1600 px: 533×1600.
    expect(meta.height).toBe(1600)
    expect(meta.width).toBeLessThan(600)
  })

  it('answers a text file sent as image with 400 naming file', async () => {
    const reply = await upload(
      productId,
      member,
      new Blob(['not a photo at all'], { type: 'image/jpeg' }),
      'notes.jpg',
    )

    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(/^file: not an image/)
  })

  it('answers a photo over 10 MB with 413 naming file', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1024)
    const reply = await upload(
      productId,
      member,
      new Blob([big], { type: 'image/jpeg' }),
      'big.jpg',
    )

    expect(reply.status).toBe(413)
    expect(reply.body.message).toBe('file: larger than 10 MB')
  })

  it('answers 404 to another cooperative on every product route', async () => {
    const [image] = (await call('GET', `/vendor/products/${productId}`, { token: member })).body
      .product.images
    const attempts = [
      call('GET', `/vendor/products/${productId}`, { token: stranger }),
      call('POST', `/vendor/products/${productId}`, { token: stranger, body: { title: 'Mine' } }),
      call('POST', `/vendor/products/${productId}/certificate`, {
        token: stranger,
        body: certificate,
      }),
      call('POST', `/vendor/products/${productId}/variants/${variantId}`, {
        token: stranger,
        body: { stock: 1 },
      }),
      call('DELETE', `/vendor/products/${productId}/images/${image.id}`, { token: stranger }),
      upload(
        productId,
        stranger,
        new Blob([new Uint8Array(await sidewaysJpeg())], { type: 'image/jpeg' }),
        'x.jpg',
      ),
    ]
    const replies = await Promise.all(attempts)

    expect(replies.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404])
    const listed = await call('GET', '/vendor/products', { token: stranger })
    expect(listed.body.products.some((p: { id: string }) => p.id === productId)).toBe(false)
    const [row] = await sql(`select title from product where id = $1`, [productId])
    expect(row.title).toBe('Gạo nếp nương Mường Phăng')
  })

  it("hides the approval from another tenant's admin", async () => {
    const queue = await call('GET', '/admin/hoaban/approvals?status=pending', {
      token: dienBienAdmin,
    })
    expect(queue.status).toBe(200)
    expect(queue.body.approvals.some((a: QueueEntry) => a.product?.id === productId)).toBe(false)
    const approval = (await call('GET', `/vendor/products/${productId}`, { token: member })).body
      .product.approval
    const approve = await call('POST', `/admin/hoaban/approvals/${approval.id}/approve`, {
      token: dienBienAdmin,
    })
    expect(approve.status).toBe(404)
  })

  it('publishes on approval: the store of its tenant lists it, with its certificate', async () => {
    const queue = await call('GET', '/admin/hoaban/approvals?status=pending', {
      token: muongPhangAdmin,
    })
    const entry = queue.body.approvals.find((a: QueueEntry) => a.product?.id === productId)
    expect(entry).toMatchObject({
      kind: 'new_product',
      status: 'pending',
      tenant_slug: 'muong-phang',
      cooperative: { id: expect.any(String), name_vi: expect.any(String) },
      product: { title: 'Gạo nếp nương Mường Phăng', thumbnail: expect.any(String) },
      proposed: { certificate: { certificate_number: 'OCOP-MP-2026-101' } },
    })

    const noticesBefore = (await searchNotices(productId)).length
    const approved = await call('POST', `/admin/hoaban/approvals/${entry.id}/approve`, {
      token: muongPhangAdmin,
    })
    expect(approved.status).toBe(200)
    expect(approved.body.approval).toMatchObject({
      status: 'approved',
      decided_at: expect.any(String),
    })
    const twice = await call('POST', `/admin/hoaban/approvals/${entry.id}/approve`, {
      token: muongPhangAdmin,
    })
    expect(twice.status).toBe(400)

    expect(await storeHas('muong-phang', productId)).toBe(true)
    const product = (await call('GET', `/vendor/products/${productId}`, { token: member })).body
      .product
    expect(product).toMatchObject({
      status: 'published',
      approval: null,
      pending_certificate: null,
      certificate: { certificate_number: 'OCOP-MP-2026-101', expires_at: '2029-03-01' },
    })
    // Publishing announces the product to search again, as an upsert for its tenant.
    let announced = false
    for (let i = 0; i < 20 && !announced; i += 1) {
      const notices = (await searchNotices(productId)).slice(noticesBefore)
      announced = notices.some((n) => n.tenant === 'muong-phang' && n.op === 'upsert')
      if (!announced) await new Promise((r) => setTimeout(r, 250))
    }
    expect(announced).toBe(true)
  })

  it('keeps the live certificate until a proposed one is approved', async () => {
    const proposed = await call('POST', `/vendor/products/${productId}/certificate`, {
      token: member,
      body: {
        ...certificate,
        stars: 5,
        issuing_level: 'national',
        certificate_number: 'OCOP-QG-1',
      },
    })
    expect(proposed.status).toBe(202)
    expect(proposed.body.product).toMatchObject({
      certificate: { stars: 4 },
      pending_certificate: { stars: 5, certificate_number: 'OCOP-QG-1' },
      approval: { kind: 'certificate', status: 'pending' },
    })

    const queue = await call('GET', '/admin/hoaban/approvals?status=pending', {
      token: muongPhangAdmin,
    })
    const entry = queue.body.approvals.find(
      (a: QueueEntry) => a.product?.id === productId && a.kind === 'certificate',
    )
    await call('POST', `/admin/hoaban/approvals/${entry.id}/approve`, { token: muongPhangAdmin })
    const product = (await call('GET', `/vendor/products/${productId}`, { token: member })).body
      .product
    expect(product.certificate).toMatchObject({ stars: 5, certificate_number: 'OCOP-QG-1' })
    expect(product.pending_certificate).toBeNull()
  })

  it('shows a rejection and its reason to the member; the product stays a draft', async () => {
    const created = await call('POST', '/vendor/products', {
      token: member,
      body: { title: 'Rượu ngô thử nghiệm', price_vnd: 120_000, stock: 5 },
    })
    const id = created.body.product.id
    const approvalId = created.body.product.approval.id

    const noReason = await call('POST', `/admin/hoaban/approvals/${approvalId}/reject`, {
      token: muongPhangAdmin,
      body: {},
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toMatch(/reason/)
    const rejected = await call('POST', `/admin/hoaban/approvals/${approvalId}/reject`, {
      token: muongPhangAdmin,
      body: { reason: 'Thiếu ảnh sản phẩm và giấy phép' },
    })
    expect(rejected.status).toBe(200)

    const product = (await call('GET', `/vendor/products/${id}`, { token: member })).body.product
    expect(product).toMatchObject({
      status: 'draft',
      approval: {
        kind: 'new_product',
        status: 'rejected',
        reason: 'Thiếu ảnh sản phẩm và giấy phép',
      },
    })
    expect(await storeHas('muong-phang', id)).toBe(false)
  })

  it('deletes an image; the thumbnail goes with it', async () => {
    const before = (await call('GET', `/vendor/products/${productId}`, { token: member })).body
      .product
    const image = before.images[0]
    const deleted = await call('DELETE', `/vendor/products/${productId}/images/${image.id}`, {
      token: member,
    })

    expect(deleted.status).toBe(200)
    expect(deleted.body.product.images).toHaveLength(0)
    expect(deleted.body.product.thumbnail).toBeNull()
    const path = new URL(image.url).pathname
    expect((await fetch(`${inject('commerceUrl')}${path}`)).status).toBe(404)
  })
})
