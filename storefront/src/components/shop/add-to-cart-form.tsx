import { addToCart } from '@/cart/cart-actions'
import type { Locale, Product } from '@/domain/types'
import { fill, type Messages } from '@/i18n/messages'
import { formatVnd } from '@/format/format-vnd'

/** Variant, quantity and "add to cart": a plain form posting to a server action. */
export function AddToCartForm({
  product,
  locale,
  t,
}: {
  product: Product
  locale: Locale
  t: Messages
}) {
  const buyable = product.variants.filter(
    (variant) => variant.inventoryQuantity === null || variant.inventoryQuantity > 0,
  )
  const first = buyable[0]
  if (!first) return <p className="notice notice--info">{t.shop.outOfStock}</p>

  return (
    <form action={addToCart} className="buy-form" data-testid="add-to-cart-form">
      <input type="hidden" name="locale" value={locale} />
      {buyable.length > 1 ? (
        <div>
          <label htmlFor="variantId">{t.shop.variant}</label>
          <select id="variantId" name="variantId" defaultValue={first.id}>
            {buyable.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.title}
                {variant.priceVnd !== null ? ` — ${formatVnd(variant.priceVnd)}` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="variantId" value={first.id} />
      )}
      <div>
        <label htmlFor="quantity">{t.shop.quantity}</label>
        <input
          id="quantity"
          name="quantity"
          type="number"
          min={1}
          max={first.inventoryQuantity ?? 99}
          defaultValue={1}
          inputMode="numeric"
        />
      </div>
      {first.inventoryQuantity !== null ? (
        <p className="muted">{fill(t.shop.inStock, { count: first.inventoryQuantity })}</p>
      ) : null}
      <button type="submit" data-testid="add-to-cart">
        {t.shop.addToCart}
      </button>
    </form>
  )
}
