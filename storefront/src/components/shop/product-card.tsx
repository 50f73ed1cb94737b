import Link from 'next/link'
import type { Locale, Product } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import { fill, type Messages } from '@/i18n/messages'
import { formatDateTime } from '@/format/format-date'
import { CardImage } from '@/components/ui/card-image'
import { OcopBadge } from '@/components/ui/ocop-badge'
import { Price } from '@/components/ui/price'

/** A product or experience in a list, with its price and OCOP badge. */
export function ProductCard({
  product,
  locale,
  t,
  nextSession,
}: {
  product: Product
  locale: Locale
  t: Messages
  /** For experiences: the next session's start and seats left. */
  nextSession?: { startsAt: string; seatsLeft: number | null } | null
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
        {nextSession ? (
          <p className="card__meta" data-testid="next-session">
            {formatDateTime(nextSession.startsAt, locale)}
            {nextSession.seatsLeft !== null
              ? ` · ${fill(t.experiences.seatsLeft, { count: nextSession.seatsLeft })}`
              : ''}
          </p>
        ) : null}
        <p className="card__footer">
          <Price amount={product.priceVnd} />
          <OcopBadge ocop={product.ocop} t={t} />
        </p>
      </div>
    </article>
  )
}
