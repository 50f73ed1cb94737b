import { isCheckoutFailure } from '@/cart/checkout-failure'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { listPaymentOptions, listShippingOptions } from '@/clients/commerce/cart/checkout'
import { getCart } from '@/clients/commerce/cart/get-cart'
import { checkout } from '@/cart/cart-actions'
import { readCartId } from '@/cart/cart-cookie'
import { Price } from '@/components/ui/price'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { fill } from '@/i18n/messages'
import { localePath } from '@/i18n/locales'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { param, type SearchParams } from '@/lib/search-params'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The checkout is personal: never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageContext(params)

  return { title: t.checkout.title, robots: { index: false } }
}

/** Checkout: contact, delivery address, delivery method, payment method, place the order. */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale, t, tenant } = await pageContext(params)
  const query = await searchParams
  const cartId = await readCartId(tenant.slug)
  if (!cartId) redirect(localePath(locale, '/cart'))
  const cart = await load('commerce.cart', () => getCart(tenant, cartId))
  if (cart.ok && (!cart.data || cart.data.lines.length === 0)) redirect(localePath(locale, '/cart'))
  if (!cart.ok || !cart.data) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.commerce}
        testId="commerce-unavailable"
      />
    )
  }
  const regionId = cart.data.regionId ?? ''
  const [shipping, payments] = await Promise.all([
    load('commerce.shipping-options', () => listShippingOptions(tenant, cartId)),
    load('commerce.payment-options', () => listPaymentOptions(tenant, regionId)),
  ])
  const missing = param(query, 'missing')
  const error = param(query, 'error')
  const paymentLabel = { cod: t.checkout.cod, vietqr: t.checkout.vietqr, card: t.checkout.card }
  const needsDelivery = cart.data.lines.some((line) => line.sessionId === null)
  // Bookings alone need no delivery: preselect the cheapest option (pickup) for them.
  const cheapest = shipping.ok
    ? [...shipping.data].sort((a, b) => a.amountVnd - b.amountVnd)[0]?.id
    : undefined
  const preselected =
    cart.data.shippingOptionId ?? (needsDelivery ? shipping.ok && shipping.data[0]?.id : cheapest)

  return (
    <>
      <h1>{t.checkout.title}</h1>
      {missing ? (
        <p className="notice notice--unavailable" role="alert">
          {fill(t.checkout.required, { field: missing })}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice--unavailable" role="alert">
          {fill(t.checkout.failed, {
            reason: t.checkout.failureReasons[isCheckoutFailure(error) ? error : 'other'],
          })}
        </p>
      ) : null}
      <form action={checkout} className="checkout" data-testid="checkout-form">
        <input type="hidden" name="locale" value={locale} />
        <fieldset>
          <legend>{t.checkout.contact}</legend>
          <div className="form-row">
            <div>
              <label htmlFor="firstName">{t.checkout.firstName}</label>
              <input id="firstName" name="firstName" required autoComplete="given-name" />
            </div>
            <div>
              <label htmlFor="lastName">{t.checkout.lastName}</label>
              <input id="lastName" name="lastName" required autoComplete="family-name" />
            </div>
          </div>
          <div className="form-row">
            <div>
              <label htmlFor="email">{t.checkout.email}</label>
              <input id="email" name="email" type="email" required autoComplete="email" />
            </div>
            <div>
              <label htmlFor="phone">{t.checkout.phone}</label>
              <input id="phone" name="phone" type="tel" required autoComplete="tel" minLength={6} />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.checkout.address}</legend>
          <label htmlFor="address">{t.checkout.street}</label>
          <input id="address" name="address" required autoComplete="street-address" />
          <div className="form-row">
            <div>
              <label htmlFor="province">{t.checkout.province}</label>
              <input id="province" name="province" required autoComplete="address-level3" />
            </div>
            <div>
              <label htmlFor="city">{t.checkout.city}</label>
              <input
                id="city"
                name="city"
                required
                autoComplete="address-level1"
                defaultValue="Điện Biên"
              />
            </div>
          </div>
        </fieldset>
        {shipping.ok && shipping.data.length > 0 ? (
          <fieldset>
            <legend>{t.checkout.shippingMethod}</legend>
            {shipping.data.map((option) => (
              <label key={option.id} className="radio">
                <input
                  type="radio"
                  name="shippingOptionId"
                  value={option.id}
                  defaultChecked={option.id === preselected}
                  required
                />
                {option.name} — <Price amount={option.amountVnd} />
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t.checkout.payment}</legend>
          {payments.ok && payments.data.length > 0 ? (
            payments.data.map((option, index) => (
              <label key={option.providerId} className="radio">
                <input
                  type="radio"
                  name="providerId"
                  value={option.providerId}
                  defaultChecked={index === 0}
                  required
                  data-testid={`pay-${option.method}`}
                />
                {paymentLabel[option.method]}
              </label>
            ))
          ) : (
            <UnavailableNotice title={t.unavailable.title} text={t.unavailable.commerce} />
          )}
        </fieldset>
        <dl className="totals">
          <div className="totals__grand">
            <dt>{t.cart.total}</dt>
            <dd>
              <Price amount={cart.data.totalVnd} />
            </dd>
          </div>
        </dl>
        <button type="submit" data-testid="place-order">
          {t.checkout.placeOrder}
        </button>
      </form>
    </>
  )
}
