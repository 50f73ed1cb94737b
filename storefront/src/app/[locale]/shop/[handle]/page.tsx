import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import { getProduct } from '@/clients/commerce/get-product'
import { AddToCartForm } from '@/components/shop/add-to-cart-form'
import { ProductDetail } from '@/components/shop/product-detail'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { requestOrigin } from '@/lib/request-origin'
import type { Locale, Tenant } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string; handle: string }> }

const readProduct = cache((tenant: Tenant, handle: string, locale: Locale) =>
  load('commerce.product', () => getProduct(tenant, handle, locale)),
)

/** Title, description, alternates and Open Graph image of a product page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const { locale, tenant } = await pageContext(params)
  const product = await readProduct(tenant, handle, locale)
  if (!product.ok || !product.data) return {}
  const image = product.data.thumbnail

  return {
    title: product.data.title,
    description: product.data.description?.slice(0, 160),
    alternates: alternates(locale, `/shop/${handle}`),
    openGraph: {
      title: product.data.title,
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  }
}

/** A product page: price, OCOP badge and certificate, cooperative, origin, add to cart. */
export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const { locale, t, tenant } = await pageContext(params)
  const origin = await requestOrigin()
  const product = await readProduct(tenant, handle, locale)
  if (!product.ok) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.commerce}
        testId="commerce-unavailable"
      />
    )
  }
  if (!product.data) notFound()
  if (product.data.kind === 'experience') redirect(localePath(locale, `/experiences/${handle}`))
  const pageUrl = new URL(localePath(locale, `/shop/${handle}`), origin).toString()

  return (
    <ProductDetail product={product.data} locale={locale} t={t} pageUrl={pageUrl}>
      <AddToCartForm product={product.data} locale={locale} t={t} />
    </ProductDetail>
  )
}
