import type { Metadata } from 'next'
import { listProducts } from '@/clients/commerce/list-products'
import { ProductCard } from '@/components/shop/product-card'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string }> }

/** Title and alternates of the experiences list. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await pageContext(params)

  return {
    title: t.experiences.title,
    description: t.experiences.intro,
    alternates: alternates(locale, '/experiences'),
  }
}

/** Bookable experiences of the tenant. */
export default async function ExperiencesPage({ params }: Props) {
  const { locale, t, tenant } = await pageContext(params)
  const experiences = await load('commerce.experiences', () =>
    listProducts(tenant, locale, { kind: 'experience', limit: 48 }),
  )

  return (
    <>
      <h1>{t.experiences.title}</h1>
      <p className="lead">{t.experiences.intro}</p>
      <section data-testid="commerce-products">
        {experiences.ok ? (
          experiences.data.products.length > 0 ? (
            <div className="grid">
              {experiences.data.products.map((product) => (
                <ProductCard key={product.id} product={product} locale={locale} t={t} />
              ))}
            </div>
          ) : (
            <p>{t.home.noExperiences}</p>
          )
        ) : (
          <UnavailableNotice
            title={t.unavailable.title}
            text={t.unavailable.commerce}
            testId="commerce-unavailable"
          />
        )}
      </section>
    </>
  )
}
