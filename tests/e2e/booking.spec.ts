import { expect, test } from '@playwright/test'
import { z } from 'zod'
import { getJson, publishableKey, stack } from '../support/stack.ts'

const Session = z.object({ id: z.string(), seats_left: z.number().nullish() })

test('a tourist books 2 adults on an experience session, gets tickets with QR codes and cancels', async ({
  page,
}) => {
  const headers = { 'x-publishable-api-key': await publishableKey('dien-bien-phu') }
  const { products } = await getJson(
    `${stack.commerce}/store/hoaban/products?kind=experience&limit=100`,
    z.object({ products: z.array(z.object({ handle: z.string() })) }),
    headers,
  )
  // The first experience that has a session with at least two seats left.
  let chosen: { handle: string; sessionId: string; seatsBefore: number } | undefined
  for (const { handle } of products) {
    const { sessions } = await getJson(
      `${stack.commerce}/store/experiences/${handle}/sessions`,
      z.object({ sessions: z.array(Session) }),
      headers,
    )
    const open = sessions.find((session) => (session.seats_left ?? 0) >= 2)
    if (open) {
      chosen = { handle, sessionId: open.id, seatsBefore: open.seats_left ?? 0 }
      break
    }
  }
  if (!chosen) throw new Error('no seeded experience has a session with two seats left')

  await page.goto(`/en/experiences/${chosen.handle}`)
  const picker = page.getByTestId('session-picker')
  await picker.locator(`input[name="session"][value^="${chosen.sessionId}"]`).check()
  const ticketType = picker.locator('select[name="variantId"]')
  if ((await ticketType.count()) > 0) {
    const adult = ticketType.locator('option', { hasText: /adult|người lớn/i }).first()
    await ticketType.selectOption((await adult.getAttribute('value')) ?? '')
  }
  await picker.locator('input[name="quantity"]').fill('2')
  await page.getByTestId('book-session').click()
  await page.waitForURL(/\/en\/cart/)

  await page.goto('/en/checkout')
  const form = page.getByTestId('checkout-form')
  await form.locator('#firstName').fill('Lan')
  await form.locator('#lastName').fill('Nguyễn')
  await form.locator('#email').fill(`booking-${Date.now()}@example.vn`)
  await form.locator('#phone').fill('0912345678')
  await form.locator('#address').fill('Số 1 đường 7/5')
  await form.locator('#province').fill('Phường Điện Biên Phủ')
  await form.getByTestId('pay-cod').check()
  await page.getByTestId('place-order').click()

  await expect(page.getByTestId('order-confirmation')).toBeVisible()
  const tickets = page.getByTestId('ticket')
  await expect(tickets.first()).toBeVisible()
  const qr = tickets.first().getByTestId('qr-code')
  await expect(qr).toBeVisible()
  // The QR is a real image, not an empty box.
  const size = await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)
  expect(size).toBeGreaterThan(50)

  const { sessions } = await getJson(
    `${stack.commerce}/store/experiences/${chosen.handle}/sessions`,
    z.object({ sessions: z.array(Session) }),
    headers,
  )
  const after = sessions.find((session) => session.id === chosen.sessionId)
  expect(after?.seats_left).toBe(chosen.seatsBefore - 2)

  // Cancelling from the confirmation states the refund first (nothing: cash on delivery is not
  // paid yet), then gives the seats back.
  const cancel = tickets.first().getByTestId('booking-cancel')
  await cancel.locator('summary').click()
  await expect(cancel.getByTestId('booking-cancel-refund')).toContainText(/nothing has been paid/i)
  await cancel.getByRole('button', { name: 'Yes, cancel it' }).click()
  await expect(page.getByTestId('booking-cancel-done')).toBeVisible()
  await expect(page.getByTestId('ticket').first().getByTestId('booking-cancelled')).toBeVisible()
  const reopened = await getJson(
    `${stack.commerce}/store/experiences/${chosen.handle}/sessions`,
    z.object({ sessions: z.array(Session) }),
    headers,
  )
  const freed = reopened.sessions.find((session) => session.id === chosen.sessionId)
  expect(freed?.seats_left).toBe(chosen.seatsBefore)
})
