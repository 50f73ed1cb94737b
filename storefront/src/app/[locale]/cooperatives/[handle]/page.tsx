import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getCooperative } from '@/clients/commerce/list-cooperatives'
import { listProducts } from '@/clients/commerce/list-products'
import { ProductCard } from '@/components/shop/product-card'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string; handle: string }> }

/** Title and alternates of a cooperative page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const { locale, tenant } = await pageContext(params)
  const cooperative = await load('commerce.cooperative', () =>
    getCooperative(tenant, handle, locale),
  )
  if (!cooperative.ok || !cooperative.data) return {}

  return {
    title: cooperative.data.name,
    description: cooperative.data.description?.slice(0, 160),
    alternates: alternates(locale, `/cooperatives/${handle}`),
  }
}

/** A cooperative: who they are, where, and what they sell on this site. */
export default async function CooperativePage({ params }: Props) {
  const { handle } = await params
  const { locale, t, tenant } = await pageContext(params)
  const [cooperative, products] = await Promise.all([
    load('commerce.cooperative', () => getCooperative(tenant, handle, locale)),
    load('commerce.products', () =>
      listProducts(tenant, locale, { cooperative: handle, limit: 48 }),
    ),
  ])
  if (!cooperative.ok) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.commerce}
        testId="commerce-unavailable"
      />
    )
  }
  if (!cooperative.data) notFound()
  const coop = cooperative.data

  return (
    <article>
      <h1>{coop.name}</h1>
      {coop.commune ? <p className="eyebrow">{coop.commune}</p> : null}
      {coop.image ? (
        <img
          src={coop.image.url}
          alt={coop.image.alt}
          width={160}
          height={160}
          className="coop-logo"
        />
      ) : null}
      {coop.description ? <p className="lead">{coop.description}</p> : null}
      <section className="section" aria-labelledby="coop-products" data-testid="commerce-products">
        <h2 id="coop-products">{t.shop.cooperativeProducts}</h2>
        {products.ok ? (
          <div className="grid">
            {products.data.products.map((product) => (
              <ProductCard key={product.id} product={product} locale={locale} t={t} />
            ))}
          </div>
        ) : (
          <UnavailableNotice title={t.unavailable.title} text={t.unavailable.commerce} />
        )}
      </section>
    </article>
  )
}
