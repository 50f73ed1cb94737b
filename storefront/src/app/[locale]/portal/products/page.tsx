import type { Metadata } from 'next'
import Link from 'next/link'
import { listProducts } from '@/clients/vendor/products'
import { ProductStateBadge } from '@/components/portal/product-state-badge'
import { PortalShell } from '@/components/portal/portal-shell'
import { formatVnd } from '@/format/format-vnd'
import { fill } from '@/i18n/messages'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }> }

/** The product list's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.products.title }
}

/** The cooperative's products with where each stands (live, awaiting approval, rejected). */
export default async function PortalProductsPage({ params }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context
  const products = await portalRead(context, () => listProducts(context.token))

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="products"
    >
      <div className="portal-heading">
        <h1>{t.products.title}</h1>
        <Link
          href={portalPath(locale, '/products/new')}
          className="portal-button"
          data-testid="add-product"
        >
          {t.products.add}
        </Link>
      </div>
      {products.length === 0 ? <p>{t.products.empty}</p> : null}
      <ul className="portal-cards" data-testid="product-list">
        {products.map((product) => {
          const variant = product.variants[0]

          return (
            <li key={product.id} className="portal-card portal-product" data-testid="product-row">
              {product.thumbnail ? (
                <img src={product.thumbnail} alt="" width={72} height={72} loading="lazy" />
              ) : (
                <span className="portal-product__placeholder" aria-hidden="true" />
              )}
              <div>
                <h2>
                  <Link href={portalPath(locale, `/products/${product.id}`)}>{product.title}</Link>
                </h2>
                <ProductStateBadge state={product.state} t={t} />
                {product.certificate?.warning ? (
                  <p className="portal-warning" data-testid="certificate-warning">
                    {product.certificate.warning === 'expired'
                      ? t.products.expired
                      : fill(t.products.expiring, { n: product.certificate.daysLeft ?? 0 })}
                  </p>
                ) : null}
                {variant ? (
                  <p className="portal-muted">
                    {t.products.price}:{' '}
                    {variant.priceVnd === null ? '—' : formatVnd(variant.priceVnd)} ·{' '}
                    {t.products.stock}: {variant.stock}
                  </p>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
    </PortalShell>
  )
}
