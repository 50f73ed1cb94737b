import Link from 'next/link'
import type { Locale, Product } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { CardImage } from '@/components/ui/card-image'
import { OcopBadge } from '@/components/ui/ocop-badge'
import { Price } from '@/components/ui/price'

/** A product or experience in a list, with its price and OCOP badge. */
export function ProductCard({
  product,
  locale,
  t,
}: {
  product: Product
  locale: Locale
  t: Messages
}) {
  const base = product.kind === 'experience' ? '/experiences' : '/shop'

  return (
    <article className="card" data-testid="product-card">
      <CardImage image={product.thumbnail} fallbackLabel={product.title} />
      <div className="card__body">
        <h3 className="card__title">
          <Link href={localePath(locale, `${base}/${product.handle}`)}>{product.title}</Link>
        </h3>
        {product.cooperative ? <p className="card__meta">{product.cooperative.name}</p> : null}
        <p className="card__footer">
          <Price amount={product.priceVnd} />
          <OcopBadge ocop={product.ocop} t={t} />
        </p>
      </div>
    </article>
  )
}
