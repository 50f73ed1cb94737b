import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { listPaymentOptions, startCardPayment } from '@/clients/commerce/cart/checkout'
import { getCart } from '@/clients/commerce/cart/get-cart'
import { readCartId } from '@/cart/cart-cookie'
import { CardPayment } from '@/components/shop/card-payment'
import { Price } from '@/components/ui/price'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { env } from '@/config/env'
import { localePath } from '@/i18n/locales'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { param, type SearchParams } from '@/lib/search-params'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The card step is personal: never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageContext(params)

  return { title: t.checkout.cardTitle, robots: { index: false } }
}

/**
 * Card payment: the checkout has saved the address and delivery; here Stripe's Payment Element
 * confirms the cart's PaymentIntent for the cart total, then /api/checkout/complete places the
 * order.
 */
export default async function CardPaymentPage({ params, searchParams }: Props) {
  const { locale, t, tenant } = await pageContext(params)
  const providerId = param(await searchParams, 'provider')
  const cartId = await readCartId(tenant.slug)
  const publishableKey = env().STRIPE_PUBLISHABLE_KEY
  if (!cartId || !providerId || !publishableKey) redirect(localePath(locale, '/checkout'))
  const intent = await load('commerce.card-payment', async () => {
    const cart = await getCart(tenant, cartId)
    if (!cart || cart.lines.length === 0 || !cart.regionId) return null
    const offered = await listPaymentOptions(tenant, cart.regionId)
    if (!offered.some((option) => option.method === 'card' && option.providerId === providerId)) {
      return null
    }

    return startCardPayment(tenant, cartId, providerId, cart.totalVnd)
  })
  if (intent.ok && !intent.data) redirect(localePath(locale, '/checkout'))
  if (!intent.ok || !intent.data) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.commerce}
        testId="commerce-unavailable"
      />
    )
  }

  return (
    <>
      <h1>{t.checkout.cardTitle}</h1>
      <dl className="totals">
        <div className="totals__grand">
          <dt>{t.cart.total}</dt>
          <dd data-testid="order-total">
            <Price amount={intent.data.amountVnd} />
          </dd>
        </div>
      </dl>
      <CardPayment
        publishableKey={publishableKey}
        clientSecret={intent.data.clientSecret}
        locale={locale}
        completePath={`/api/checkout/complete?locale=${locale}`}
        labels={{
          pay: t.checkout.cardPay,
          failed: t.checkout.cardFailed,
          unavailable: t.checkout.cardUnavailable,
        }}
      />
    </>
  )
}
