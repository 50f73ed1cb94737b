import type { Metadata } from 'next'
import Link from 'next/link'
import { getCart } from '@/clients/commerce/cart/get-cart'
import { localizeLines } from '@/clients/commerce/cart/localize-lines'
import { applyPromoCode, updateCartLine } from '@/cart/cart-actions'
import { readCartId } from '@/cart/cart-cookie'
import { Price } from '@/components/ui/price'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { localePath } from '@/i18n/locales'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { param, type SearchParams } from '@/lib/search-params'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The cart page is personal: never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageContext(params)

  return { title: t.cart.title, robots: { index: false } }
}

/** The cart: lines with quantities, promotion code, totals, and the way to checkout. */
export default async function CartPage({ params, searchParams }: Props) {
  const { locale, t, tenant } = await pageContext(params)
  const query = await searchParams
  const cartId = await readCartId(tenant.slug)
  const cart = cartId
    ? await load('commerce.cart', () => getCart(tenant, cartId))
    : ({ ok: true, data: null } as const)

  if (!cart.ok) {
    return (
      <>
        <h1>{t.cart.title}</h1>
        <UnavailableNotice
          title={t.unavailable.title}
          text={t.unavailable.commerce}
          testId="commerce-unavailable"
        />
      </>
    )
  }
  const lines = cart.data ? await localizeLines(tenant, cart.data.lines, locale) : []

  return (
    <>
      <h1>{t.cart.title}</h1>
      {param(query, 'added') ? (
        <p className="notice notice--info" role="status">
          {t.cart.added}
        </p>
      ) : null}
      {!cart.data || lines.length === 0 ? (
        <p>
          {t.cart.empty} <Link href={localePath(locale, '/shop')}>{t.cart.continueShopping}</Link>
        </p>
      ) : (
        <div className="cart" data-testid="cart">
          <table className="cart__table">
            <thead>
              <tr>
                <th scope="col">{t.cart.item}</th>
                <th scope="col">{t.cart.quantity}</th>
                <th scope="col" className="num">
                  {t.cart.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id} data-testid="cart-line">
                  <td>
                    <strong>{line.title}</strong>
                    {line.variantTitle && line.variantTitle !== line.title ? (
                      <div className="muted">{line.variantTitle}</div>
                    ) : null}
                    <div className="muted">
                      <Price amount={line.unitPriceVnd} />
                    </div>
                  </td>
                  <td>
                    <form action={updateCartLine} className="inline-form">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="lineId" value={line.id} />
                      <label className="visually-hidden" htmlFor={`qty-${line.id}`}>
                        {t.cart.quantity}
                      </label>
                      <input
                        id={`qty-${line.id}`}
                        name="quantity"
                        type="number"
                        min={0}
                        max={99}
                        defaultValue={line.quantity}
                        inputMode="numeric"
                      />
                      <button type="submit" className="button--ghost">
                        {t.cart.update}
                      </button>
                    </form>
                  </td>
                  <td className="num">
                    <Price amount={line.totalVnd} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <form action={applyPromoCode} className="inline-form promo">
            <input type="hidden" name="locale" value={locale} />
            <label htmlFor="promo">{t.cart.promoCode}</label>
            <input
              id="promo"
              name="code"
              autoComplete="off"
              aria-invalid={param(query, 'promo') === 'invalid'}
            />
            <button type="submit" className="button--ghost">
              {t.cart.applyPromo}
            </button>
            {cart.data.promoCodes.length > 0 ? (
              <p className="muted">{cart.data.promoCodes.join(', ')}</p>
            ) : null}
          </form>

          <dl className="totals" data-testid="cart-totals">
            <div>
              <dt>{t.cart.subtotal}</dt>
              <dd>
                <Price amount={cart.data.subtotalVnd} />
              </dd>
            </div>
            {cart.data.discountVnd > 0 ? (
              <div>
                <dt>{t.cart.discount}</dt>
                <dd>
                  −<Price amount={cart.data.discountVnd} />
                </dd>
              </div>
            ) : null}
            <div className="totals__grand">
              <dt>{t.cart.total}</dt>
              <dd>
                <Price amount={cart.data.totalVnd} />
              </dd>
            </div>
          </dl>
          <Link
            href={localePath(locale, '/checkout')}
            className="button"
            data-testid="go-to-checkout"
          >
            {t.cart.checkout}
          </Link>
        </div>
      )}
    </>
  )
}
