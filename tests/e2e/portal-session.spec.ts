import { expect, test } from '@playwright/test'
import { stack } from '../support/stack.ts'

// The portal's session: the bearer token stays in an httpOnly cookie, a token commerce refuses
// sends the member back to sign in with a message, and signing out forgets it.

const member = 'htx-ong-mat-dien-bien@coop.hoaban.local'
const password = process.env.DEMO_ADMIN_PASSWORD ?? 'hoaban-demo'
const cookieName = 'hoaban_portal_dien-bien-phu'

test('the token lives only in an httpOnly cookie and a refused token asks to sign in again', async ({
  page,
  context,
}) => {
  await page.goto('/portal/products')
  await expect(page).toHaveURL(/\/portal\/sign-in\?next=%2Fportal%2Fproducts$/)

  const form = page.getByTestId('sign-in-form')
  await form.getByLabel('Email').fill(member)
  await form.getByLabel('Mật khẩu').fill(password)
  await page.getByTestId('sign-in').click()
  await expect(page).toHaveURL(/\/portal\/products$/)
  await expect(page.getByTestId('product-list')).toBeAttached()

  const cookie = (await context.cookies()).find((c) => c.name === cookieName)
  expect(cookie?.httpOnly).toBe(true)
  expect(cookie?.sameSite).toBe('Lax')
  const lifetime = (cookie?.expires ?? 0) - Date.now() / 1000
  expect(lifetime).toBeGreaterThan(60)
  expect(lifetime).toBeLessThanOrEqual(12 * 3600 + 5)
  const token = cookie?.value ?? ''
  expect(await page.evaluate(() => document.cookie)).not.toContain(token)
  expect(await page.content()).not.toContain(token)

  // A token commerce no longer takes (expired, or forged) leads back to the sign-in page.
  const host = new URL(stack.storefront).hostname
  await context.addCookies([
    { name: cookieName, value: `${token.slice(0, -4)}AAAA`, domain: host, path: '/' },
  ])
  await page.goto('/en/portal/orders')
  await expect(page).toHaveURL(/\/en\/portal\/sign-in\?notice=expired/)
  await expect(page.getByTestId('page-notice')).toHaveText(
    'Your session has expired. Please sign in again.',
  )

  await form.getByLabel('Email').fill(member)
  await form.getByLabel('Password').fill(password)
  await page.getByTestId('sign-in').click()
  await expect(page).toHaveURL(/\/en\/portal\/orders$/)
  await page.getByTestId('portal-sign-out').click()
  await expect(page).toHaveURL(/\/en\/portal\/sign-in\?notice=signed-out/)
  expect((await context.cookies()).some((c) => c.name === cookieName)).toBe(false)
})

test('a wrong password is refused without saying which part was wrong', async ({ page }) => {
  await page.goto('/portal/sign-in')
  const form = page.getByTestId('sign-in-form')
  await form.getByLabel('Email').fill(`nobody-${Date.now()}@coop.hoaban.local`)
  await form.getByLabel('Mật khẩu').fill('not-the-password')
  await page.getByTestId('sign-in').click()
  await expect(page.getByTestId('form-error')).toHaveText('Email hoặc mật khẩu không đúng.')
  await expect(page).toHaveURL(/\/portal\/sign-in/)
})

test('a forgotten password gets the same answer whether or not the address has an account', async ({
  page,
}) => {
  for (const email of [member, `nobody-${Date.now()}@coop.hoaban.local`]) {
    await page.goto('/portal/forgot-password')
    await page.getByTestId('forgot-form').getByLabel('Email').fill(email)
    await page.getByTestId('send-link').click()
    await expect(page.getByTestId('form-done')).toHaveText(
      'Nếu địa chỉ này có tài khoản, một liên kết đặt lại mật khẩu đã được gửi tới đó.',
    )
  }

  // A reset link without its token, and an unknown invite, are refused in words.
  await page.goto('/portal/reset-password')
  await expect(page.getByTestId('page-notice')).toContainText('Liên kết không hợp lệ')
  await page.goto('/en/portal/accept-invite?token=not-an-invite')
  await expect(page.getByTestId('page-notice')).toHaveText(
    'The invitation is not valid, has expired or was already used.',
  )
})
