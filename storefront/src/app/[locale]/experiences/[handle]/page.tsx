import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getProduct } from '@/clients/commerce/get-product'
import { listSessions } from '@/clients/commerce/list-sessions'
import { ProductDetail } from '@/components/shop/product-detail'
import { SessionPicker } from '@/components/shop/session-picker'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { requestOrigin } from '@/lib/request-origin'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string; handle: string }> }

/** Title and alternates of an experience page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const { locale, tenant } = await pageContext(params)
  const product = await load('commerce.product', () => getProduct(tenant, handle, locale))
  if (!product.ok || !product.data) return {}

  return {
    title: product.data.title,
    description: product.data.description?.slice(0, 160),
    alternates: alternates(locale, `/experiences/${handle}`),
    openGraph: {
      images: product.data.thumbnail ? [{ url: product.data.thumbnail.url }] : undefined,
    },
  }
}

/** An experience: description, sessions with seats left, participants, book. */
export default async function ExperiencePage({ params }: Props) {
  const { handle } = await params
  const { locale, t, tenant } = await pageContext(params)
  const origin = await requestOrigin()
  const [product, sessions] = await Promise.all([
    load('commerce.product', () => getProduct(tenant, handle, locale)),
    load('commerce.sessions', () => listSessions(tenant, handle, locale)),
  ])
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
  const pageUrl = new URL(localePath(locale, `/experiences/${handle}`), origin).toString()

  return (
    <ProductDetail product={product.data} locale={locale} t={t} pageUrl={pageUrl}>
      {sessions.ok ? (
        <SessionPicker product={product.data} sessions={sessions.data} locale={locale} t={t} />
      ) : (
        <UnavailableNotice title={t.unavailable.title} text={t.unavailable.commerce} />
      )}
    </ProductDetail>
  )
}
