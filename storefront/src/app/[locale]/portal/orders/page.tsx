import type { Metadata } from 'next'
import Link from 'next/link'
import { listOrders } from '@/clients/vendor/orders'
import { PageNotice } from '@/components/portal/form-parts'
import { OrderCard } from '@/components/portal/order-card'
import { PortalShell } from '@/components/portal/portal-shell'
import { param, type SearchParams } from '@/lib/search-params'
import { orderNotice } from '@/portal/order-notice'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

const PAGE_SIZE = 20

/** The order list's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.orders.title }
}

/** Orders with the cooperative's products (commerce scopes them); "to ship" first. */
export default async function PortalOrdersPage({ params, searchParams }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context
  const query = await searchParams
  const filter = param(query, 'filter') === 'all' ? 'all' : 'to_ship'
  const page = Math.max(0, Math.floor(Number(param(query, 'page') ?? 0)) || 0)
  const { orders, count } = await portalRead(context, () =>
    listOrders(context.token, { status: filter, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
  )
  const base = portalPath(locale, '/orders')
  const here = `${base}?filter=${filter}${page > 0 ? `&page=${page}` : ''}`
  const notice = orderNotice(param(query, 'notice'), t)

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="orders"
    >
      <h1>{t.orders.title}</h1>
      <nav aria-label={t.orders.filter} className="portal-tabs">
        <Link
          href={`${base}?filter=to_ship`}
          aria-current={filter === 'to_ship' ? 'page' : undefined}
          data-testid="filter-to-ship"
        >
          {t.orders.toShip}
        </Link>
        <Link
          href={`${base}?filter=all`}
          aria-current={filter === 'all' ? 'page' : undefined}
          data-testid="filter-all"
        >
          {t.orders.all}
        </Link>
      </nav>
      {notice ? <PageNotice text={notice.text} kind={notice.kind} /> : null}
      {orders.length === 0 ? <p data-testid="orders-empty">{t.orders.empty}</p> : null}
      <div className="portal-cards" data-testid="order-list">
        {orders.map((order) => (
          <OrderCard
            key={order.id}
            order={order}
            locale={locale}
            t={t}
            returnTo={here}
            linkToDetail
          />
        ))}
      </div>
      {count > PAGE_SIZE ? (
        <nav className="portal-pager" aria-label={t.orders.title}>
          {page > 0 ? (
            <Link href={`${base}?filter=${filter}&page=${page - 1}`}>{t.orders.previous}</Link>
          ) : null}
          {(page + 1) * PAGE_SIZE < count ? (
            <Link href={`${base}?filter=${filter}&page=${page + 1}`}>{t.orders.next}</Link>
          ) : null}
        </nav>
      ) : null}
    </PortalShell>
  )
}
