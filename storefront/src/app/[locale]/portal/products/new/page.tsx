import type { Metadata } from 'next'
import Link from 'next/link'
import { NewProductForm } from '@/components/portal/product-forms'
import { PortalShell } from '@/components/portal/portal-shell'
import { portalContext, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }> }

/** The new product page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.products.newTitle }
}

/** Creates a product that goes on sale once a tenant admin approves it. */
export default async function NewProductPage({ params }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="products"
    >
      <p>
        <Link href={portalPath(locale, '/products')}>← {t.products.back}</Link>
      </p>
      <h1>{t.products.newTitle}</h1>
      <p className="portal-muted">{t.products.approvalNote}</p>
      <NewProductForm locale={locale} t={t} />
    </PortalShell>
  )
}
