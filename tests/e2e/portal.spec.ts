import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { deflateSync, crc32 } from 'node:zlib'
import { chromium, expect, type Page, test } from '@playwright/test'
import { z } from 'zod'
import { chromiumArgs } from '../playwright.config.ts'
import { callJson, commerceAdminAuthorization } from '../support/admin-api.ts'
import { getJson, publishableKey, stack } from '../support/stack.ts'

// The cooperative portal's three journeys (issue 8): a product from the portal to the shop via
// a tenant admin's approval; one cooperative never sees another's orders or sessions; a ticket
// checks in once. Each journey books or approves through several services: they get 3 minutes.
test.describe.configure({ timeout: 180_000 })

const password = process.env.DEMO_ADMIN_PASSWORD ?? 'hoaban-demo'
const tenantAdmin = 'tenant-admin@dien-bien-phu.hoaban.local'
/** A honey cooperative of Điện Biên Phủ: products, no experiences. */
const honeyMember = 'htx-ong-mat-dien-bien@coop.hoaban.local'
/** Experience operators (commerce's seed): each runs one experience. */
const homestay = { member: 'homestay-phuong-duc@coop.hoaban.local', experience: 'che-can-homestay' }
const weaving = { member: 'htx-na-sang-2@coop.hoaban.local', experience: 'na-sang-weaving' }

/** A word no seeded document has, so a search for it finds only what this test made. */
const marker = () => `hbportal${randomBytes(4).toString('hex')}`

/** A small solid-colour PNG, made here so the test needs no image file. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))

    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())])
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A member's bearer token straight from commerce, for checks behind the portal's back. */
async function memberToken(email: string): Promise<string> {
  const response = await fetch(`${stack.commerce}/auth/cooperative_member/emailpass`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`member sign-in for ${email} answered ${response.status}`)

  return z.object({ token: z.string() }).parse(await response.json()).token
}

/** The status commerce answers a member's vendor API call with. */
async function vendorStatus(token: string, path: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${stack.commerce}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

  return { status: response.status, text: await response.text() }
}

/** Signs in through the portal's form and waits for the first screen. */
async function signIn(page: Page, email: string, base = '') {
  await page.goto(`${base}/portal/sign-in`)
  const form = page.getByTestId('sign-in-form')
  await form.getByLabel('Email').fill(email)
  await form.getByLabel('Mật khẩu').fill(password)
  await page.getByTestId('sign-in').click()
  await expect(page.getByTestId('portal-dashboard')).toBeVisible()
}

/** The storefront site of a tenant: the default host, or `<slug>.localhost` on its port. */
function siteOf(slug: string): string {
  if (slug === 'dien-bien-phu') return stack.storefront
  const url = new URL(stack.storefront)

  return `http://${slug}.localhost:${url.port}`
}

const Session = z.object({ id: z.string(), seats_left: z.number().nullish() })

/** Side of the fake camera's picture, in pixels. */
const CAMERA_PX = 480

/**
 * The first ticket's QR on the order confirmation, drawn as the fake camera's picture: one
 * grey-scale Y4M frame (Chromium loops it) of the QR on white, as a phone would see it.
 */
async function ticketQrAsVideo(page: Page, path: string): Promise<void> {
  const luma = await page
    .getByTestId('ticket')
    .first()
    .getByTestId('qr-code')
    .evaluate(async (element, px) => {
      const img = element as HTMLImageElement
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = px
      canvas.height = px
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2d canvas')
      context.fillStyle = '#fff'
      context.fillRect(0, 0, px, px)
      context.drawImage(img, px * 0.1, px * 0.1, px * 0.8, px * 0.8)
      const { data } = context.getImageData(0, 0, px, px)
      const y = new Uint8Array(px * px)
      for (let i = 0; i < y.length; i += 1) {
        const [r, g, b] = [data[i * 4] ?? 0, data[i * 4 + 1] ?? 0, data[i * 4 + 2] ?? 0]
        y[i] = Math.round(16 + (219 * (0.299 * r + 0.587 * g + 0.114 * b)) / 255)
      }

      return Array.from(y)
    }, CAMERA_PX)
  const chroma = Buffer.alloc((CAMERA_PX / 2) ** 2, 128)
  const header = `YUV4MPEG2 W${CAMERA_PX} H${CAMERA_PX} F10:1 Ip A1:1 C420jpeg\nFRAME\n`
  writeFileSync(path, Buffer.concat([Buffer.from(header), Buffer.from(luma), chroma, chroma]))
}

/** The tenant whose shop sells an experience, and its publishable key. */
async function tenantSelling(handle: string): Promise<{ slug: string; key: string }> {
  for (const slug of ['dien-bien-phu', 'muong-phang']) {
    const key = await publishableKey(slug)
    const { products } = await getJson(
      `${stack.commerce}/store/hoaban/products?kind=experience&limit=100`,
      z.object({ products: z.array(z.object({ handle: z.string() })) }),
      { 'x-publishable-api-key': key },
    )
    if (products.some((product) => product.handle === handle)) return { slug, key }
  }
  throw new Error(`no demo tenant sells the experience ${handle}`)
}

/**
 * Books one seat of an experience's first open session through the storefront, as the booking
 * journey does, and answers the order, the session and the ticket codes of the booking.
 */
async function bookOneSeat(page: Page, handle: string, qrVideoPath?: string) {
  const tenant = await tenantSelling(handle)
  const headers = { 'x-publishable-api-key': tenant.key }
  const { sessions } = await getJson(
    `${stack.commerce}/store/experiences/${handle}/sessions`,
    z.object({ sessions: z.array(Session) }),
    headers,
  )
  const open = sessions.find((session) => (session.seats_left ?? 0) >= 1)
  if (!open) throw new Error(`${handle} has no session with a seat left`)
  const site = siteOf(tenant.slug)

  await page.goto(`${site}/en/experiences/${handle}`)
  const picker = page.getByTestId('session-picker')
  await picker.locator(`input[name="session"][value^="${open.id}"]`).check()
  const ticketType = picker.locator('select[name="variantId"]')
  if ((await ticketType.count()) > 0) {
    const adult = ticketType.locator('option', { hasText: /adult|người lớn/i }).first()
    await ticketType.selectOption((await adult.getAttribute('value')) ?? '')
  }
  await picker.locator('input[name="quantity"]').fill('1')
  await page.getByTestId('book-session').click()
  await page.waitForURL(/\/en\/cart/)

  await page.goto(`${site}/en/checkout`)
  const form = page.getByTestId('checkout-form')
  await form.locator('#firstName').fill('Minh')
  await form.locator('#lastName').fill('Trần')
  await form.locator('#email').fill(`portal-${marker()}@example.vn`)
  await form.locator('#phone').fill('0987654321')
  await form.locator('#address').fill('Bản Mường Phăng')
  await form.locator('#province').fill('Điện Biên')
  await form.getByTestId('pay-cod').check()
  await page.getByTestId('place-order').click()
  await expect(page.getByTestId('order-confirmation')).toBeVisible({ timeout: 30_000 })
  if (qrVideoPath) await ticketQrAsVideo(page, qrVideoPath)

  const url = new URL(page.url())
  const orderId = url.pathname.split('/').pop() ?? ''
  const cartId = url.searchParams.get('cart') ?? ''
  const { tickets } = await getJson(
    `${stack.commerce}/store/hoaban/carts/${cartId}/tickets`,
    z.object({ tickets: z.array(z.object({ code: z.string(), session_id: z.string() })) }),
    headers,
  )
  expect(tickets.length).toBeGreaterThan(0)

  return { orderId, sessionId: open.id, codes: tickets.map((ticket) => ticket.code) }
}

test('a member creates a product with a photo; a tenant admin approves it; it is in the shop and in search', async ({
  page,
  browser,
}) => {
  const word = marker()
  const title = `Mật ong hoa ban thử nghiệm ${word}`
  const titleEn = `Test white bauhinia honey ${word}`
  let productId = ''
  try {
    await signIn(page, honeyMember)
    await page.getByTestId('portal-nav-products').click()
    await page.getByTestId('add-product').click()

    const form = page.getByTestId('new-product-form')
    await form.getByLabel('Tên sản phẩm (tiếng Việt)').fill(title)
    await form.getByLabel('Tên sản phẩm (tiếng Anh)').fill(titleEn)
    await form.getByLabel('Mô tả (tiếng Việt)').fill('Mật ong rừng thu hoạch mùa hoa ban.')
    await form.getByLabel('Mô tả (tiếng Anh)').fill('Forest honey from the bauhinia season.')
    // A price below commerce's minimum is refused beside the field, nothing is created.
    await form.getByLabel('Giá (đồng)').fill('500')
    await form.getByLabel('Số lượng trong kho').fill('12')
    await page.getByTestId('create-product').click()
    await expect(page.getByTestId('error-price_vnd')).toBeVisible()
    await expect(page).toHaveURL(/\/portal\/products\/new/)

    await form.getByLabel('Giá (đồng)').fill('185000')
    await expect(form.getByTestId('price-preview')).toHaveText(/^185\.000\s₫$/)
    await form.getByLabel(/Ảnh sản phẩm/).setInputFiles({
      name: 'honey.png',
      mimeType: 'image/png',
      buffer: png(320, 240, [214, 160, 40]),
    })
    await page.getByTestId('create-product').click()

    await expect(page).toHaveURL(/\/portal\/products\/prod_[^/?]+\?notice=created$/)
    productId = new URL(page.url()).pathname.split('/').pop() ?? ''
    await expect(page.getByTestId('product-state')).toHaveAttribute(
      'data-state',
      'awaiting_approval',
    )
    const photo = page.getByTestId('product-photo').first()
    await expect(photo).toBeVisible()
    expect(await photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)

    // Not on sale before the approval.
    const token = await memberToken(honeyMember)
    const { product } = await callJson(
      'GET',
      `${stack.commerce}/vendor/products/${productId}`,
      `Bearer ${token}`,
      z.object({ product: z.object({ handle: z.string(), status: z.string() }) }),
    )
    expect(product.status).not.toBe('published')
    const before = await page.request.get(`/en/shop/${product.handle}`)
    expect(before.status()).toBe(404)

    // The tenant admin approves it in the commerce dashboard.
    const admin = await browser.newPage()
    await admin.goto(`${stack.commerce}/app/login`)
    await admin.locator('input[name="email"]').fill(tenantAdmin)
    await admin.locator('input[name="password"]').fill(password)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL((url) => !url.pathname.includes('/login'))
    // The page "Approvals / Duyệt" from the dashboard's menu (its own route if the menu hides it).
    const menu = admin.getByRole('link', { name: /^(Approvals|Duyệt)/ }).first()
    await menu.waitFor({ timeout: 10_000 }).catch(() => undefined)
    if (await menu.isVisible()) await menu.click()
    else await admin.goto(`${stack.commerce}/app/approvals`)
    const row = admin.getByTestId('approval-row').filter({ hasText: word })
    await expect(row).toBeVisible()
    await row.getByRole('button', { name: 'Approve' }).click()
    await expect(row).toBeHidden()
    await admin.close()

    await page.reload()
    await expect(page.getByTestId('product-state')).toHaveAttribute('data-state', 'live')

    await page.goto(`/en/shop/${product.handle}`)
    await expect(page.getByTestId('product-title')).toHaveText(titleEn)

    // The indexer hears of the publication; the storefront's search then finds it.
    await expect
      .poll(
        async () => {
          const url = `${stack.search}/search?tenant=dien-bien-phu&locale=vi&q=${word}`
          const { hits } = await getJson(
            url,
            z.object({ hits: z.array(z.object({ url: z.string() })) }),
          )

          return hits.some((hit) => hit.url.includes(product.handle))
        },
        { timeout: 15_000 },
      )
      .toBe(true)
    await page.goto(`/search?q=${word}`)
    await expect(
      page.getByTestId('search-result').locator(`a[href="/shop/${product.handle}"]`).first(),
    ).toBeVisible()
  } finally {
    if (productId) {
      await callJson(
        'DELETE',
        `${stack.commerce}/admin/products/${productId}`,
        await commerceAdminAuthorization(),
        z.unknown(),
      ).catch(() => undefined)
    }
  }
})

test("a member sees only their cooperative's orders and sessions, whatever ids they type", async ({
  page,
}) => {
  // Cooperative B (the weavers) gets an order with a booking; cooperative A (the homestay) tries
  // to reach it.
  const theirs = await bookOneSeat(page, weaving.experience)
  await page.context().clearCookies()

  // B itself sees the order and the session: the not-found below is not a page that always fails.
  await signIn(page, weaving.member)
  await page.goto(`/portal/orders/${theirs.orderId}`)
  await expect(page.getByTestId('order')).toHaveAttribute('data-order-id', theirs.orderId)
  const itemTitle = (
    await page.getByTestId('order-item').first().locator('strong').innerText()
  ).trim()
  await page.goto(`/portal/sessions/${theirs.sessionId}`)
  await expect(page.getByTestId('guest-list')).toBeVisible()
  const { session } = await callJson(
    'GET',
    `${stack.commerce}/vendor/sessions/${theirs.sessionId}/guests`,
    `Bearer ${await memberToken(weaving.member)}`,
    z.object({ session: z.object({ local: z.object({ date: z.string() }) }) }),
  )
  const week = `/portal/experiences?view=week&date=${session.local.date}`
  await page.goto(week)
  await expect(page.locator(`[data-session-id="${theirs.sessionId}"]`)).toHaveCount(1)
  await page.context().clearCookies()

  await signIn(page, homestay.member)
  for (const path of [`/portal/orders/${theirs.orderId}`, `/portal/sessions/${theirs.sessionId}`]) {
    await page.goto(path)
    await expect(page.getByTestId('portal-not-found')).toBeVisible()
    await expect(page.locator('body')).not.toContainText(itemTitle)
    await page.goto(`/en${path}`)
    await expect(page.getByTestId('portal-not-found')).toBeVisible()
  }
  await page.goto('/portal/orders?filter=all')
  await expect(page.getByTestId('order-list')).toBeAttached()
  await expect(page.locator(`[data-order-id="${theirs.orderId}"]`)).toHaveCount(0)
  await page.goto(week)
  await expect(page.getByTestId('calendar')).toBeVisible()
  await expect(page.locator(`[data-session-id="${theirs.sessionId}"]`)).toHaveCount(0)

  // Behind the portal, commerce answers A's token exactly as for a missing id.
  const token = await memberToken(homestay.member)
  for (const [path, method, body] of [
    [`/vendor/orders/${theirs.orderId}`, 'GET', undefined],
    [`/vendor/orders/${theirs.orderId}/payment-received`, 'POST', undefined],
    [`/vendor/sessions/${theirs.sessionId}/guests`, 'GET', undefined],
    [`/vendor/sessions/${theirs.sessionId}`, 'POST', { status: 'cancelled' }],
  ] as const) {
    const answer = await vendorStatus(token, path, method, body)
    expect(answer.status, `${method} ${path}`).toBe(404)
    expect(answer.text).not.toContain(itemTitle)
  }
})

test('a ticket from the booking journey checks in once; the second scan says it was used', async ({
  page,
}) => {
  const video = test.info().outputPath('ticket-qr.y4m')
  const booked = await bookOneSeat(page, homestay.experience, video)
  const code = booked.codes[0] ?? ''
  await page.context().clearCookies()

  await signIn(page, homestay.member)
  await page.getByTestId('portal-nav-checkIn').click()
  const field = page.getByTestId('check-in-form').getByLabel('Mã vé')
  const result = page.getByTestId('check-in-result')

  // A forged code is not a ticket at all.
  await field.fill(code.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))
  await page.getByTestId('check-in').click()
  await expect(result).toHaveAttribute('data-outcome', 'invalid')
  await expect(result).toContainText('Mã này không phải là vé hợp lệ.')

  await field.fill(code)
  await page.getByTestId('check-in').click()
  await expect(result).toHaveAttribute('data-outcome', 'checked_in')
  await expect(result).toContainText('Đã soát vé')

  // The second time the ticket is held up to the phone's camera (a fake one playing its QR).
  const phone = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  })
  try {
    const context = await phone.newContext({
      baseURL: stack.storefront,
      permissions: ['camera'],
      viewport: { width: 390, height: 844 },
    })
    const scanner = await context.newPage()
    await signIn(scanner, homestay.member)
    await scanner.getByTestId('portal-nav-checkIn').click()
    await scanner.getByTestId('start-camera').click()
    const scanned = scanner.getByTestId('check-in-result')
    await expect(scanned).toHaveAttribute('data-outcome', 'already_used')
    await expect(scanned).toContainText('Vé này đã được dùng.')
    await expect(scanner.getByTestId('check-in-form').getByLabel('Mã vé')).toHaveValue(code)
  } finally {
    await phone.close()
  }

  await field.fill(code)
  await page.getByTestId('check-in').click()
  await expect(result).toHaveAttribute('data-outcome', 'already_used')

  // The guest list shows the guest checked in.
  await page.goto(`/portal/sessions/${booked.sessionId}`)
  await expect(page.locator('[data-testid="guest"][data-checked-in="true"]').first()).toBeVisible()
})
