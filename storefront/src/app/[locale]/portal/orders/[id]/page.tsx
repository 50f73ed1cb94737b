import type { Metadata } from 'next'
import Link from 'next/link'
import { getOrder } from '@/clients/vendor/orders'
import { PageNotice } from '@/components/portal/form-parts'
import { OrderCard } from '@/components/portal/order-card'
import { PortalShell } from '@/components/portal/portal-shell'
import { param, type SearchParams } from '@/lib/search-params'
import { orderNotice } from '@/portal/order-notice'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams }

/** The order page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.orders.title }
}

/** One order; another cooperative's id gives the portal's not-found page (commerce: 404). */
export default async function PortalOrderPage({ params, searchParams }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context
  const { id } = await params
  const order = await portalRead(context, () => getOrder(context.token, id))
  const notice = orderNotice(param(await searchParams, 'notice'), t)

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="orders"
    >
      <p>
        <Link href={portalPath(locale, '/orders')}>← {t.orders.back}</Link>
      </p>
      {notice ? <PageNotice text={notice.text} kind={notice.kind} /> : null}
      <OrderCard
        order={order}
        locale={locale}
        t={t}
        returnTo={portalPath(locale, `/orders/${order.id}`)}
        linkToDetail={false}
      />
    </PortalShell>
  )
}
