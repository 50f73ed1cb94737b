import Link from 'next/link'
import type { ReactNode } from 'react'
import type { Locale, Product } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { JsonLd } from '@/components/ui/json-ld'
import { OcopBadge } from '@/components/ui/ocop-badge'
import { Price } from '@/components/ui/price'
import { OcopCertificateTable } from './ocop-certificate'

interface ProductDetailProps {
  product: Product
  locale: Locale
  t: Messages
  pageUrl: string
  /** The buying part: add to cart for products, session picking for experiences. */
  children: ReactNode
}

/** A product or experience page body with Product + Offer structured data. */
export function ProductDetail({ product, locale, t, pageUrl, children }: ProductDetailProps) {
  const image = product.thumbnail ?? product.images[0] ?? null
  const inStock = product.variants.some(
    (variant) => variant.inventoryQuantity === null || variant.inventoryQuantity > 0,
  )

  return (
    <article className="product" data-testid="product-detail">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Product',
          name: product.title,
          description: product.description ?? undefined,
          image: image ? [image.url] : undefined,
          sku: product.handle,
          brand: product.cooperative
            ? { '@type': 'Organization', name: product.cooperative.name }
            : undefined,
          award: product.ocop?.stars ? `OCOP ${product.ocop.stars}★` : undefined,
          offers:
            product.priceVnd !== null
              ? {
                  '@type': 'Offer',
                  url: pageUrl,
                  price: product.priceVnd,
                  priceCurrency: 'VND',
                  availability: inStock
                    ? 'https://schema.org/InStock'
                    : 'https://schema.org/OutOfStock',
                }
              : undefined,
        }}
      />
      <div className="product__media">
        {image ? (
          <img
            src={image.url}
            alt={image.alt}
            width={image.width ?? 800}
            height={image.height ?? 600}
            fetchPriority="high"
          />
        ) : (
          <div className="card__image card__image--empty" aria-hidden="true">
            {product.title.charAt(0)}
          </div>
        )}
        {product.images.length > 1 ? (
          <ul className="gallery">
            {product.images.slice(1, 7).map((entry) => (
              <li key={entry.url}>
                <img
                  src={entry.url}
                  alt={entry.alt}
                  width={240}
                  height={180}
                  loading="lazy"
                  decoding="async"
                />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="product__info">
        <h1 data-testid="product-title">{product.title}</h1>
        <p className="product__price">
          <Price amount={product.priceVnd} /> <OcopBadge ocop={product.ocop} t={t} />
        </p>
        {product.cooperative ? (
          <p>
            {t.shop.madeBy}:{' '}
            <Link href={localePath(locale, `/cooperatives/${product.cooperative.handle}`)}>
              {product.cooperative.name}
            </Link>
          </p>
        ) : null}
        {product.origin.commune ? (
          <p>
            {t.shop.origin}: {product.origin.commune}
          </p>
        ) : null}
        {children}
        {product.description ? (
          <div className="prose">
            {product.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        ) : null}
        {product.ocop ? <OcopCertificateTable ocop={product.ocop} locale={locale} t={t} /> : null}
      </div>
    </article>
  )
}
