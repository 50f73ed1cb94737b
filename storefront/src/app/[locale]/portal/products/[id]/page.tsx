import type { Metadata } from 'next'
import Link from 'next/link'
import { getProduct } from '@/clients/vendor/products'
import { PageNotice } from '@/components/portal/form-parts'
import { CertificateSummary } from '@/components/portal/certificate-summary'
import {
  CertificateForm,
  PhotoForm,
  PriceForm,
  ProductTextsForm,
} from '@/components/portal/product-forms'
import { ProductStateBadge } from '@/components/portal/product-state-badge'
import { PortalShell } from '@/components/portal/portal-shell'
import { fill } from '@/i18n/messages'
import { param, type SearchParams } from '@/lib/search-params'
import { deletePhotoAction } from '@/portal/actions/product-actions'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams }

/** The product page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.products.editTitle }
}

/**
 * One of the cooperative's products: state, texts, price and stock, photos and certificate.
 * Another cooperative's id is answered 404 by commerce and shows the portal's not-found page.
 */
export default async function PortalProductPage({ params, searchParams }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context
  const { id } = await params
  const product = await portalRead(context, () => getProduct(context.token, id))
  const notice = param(await searchParams, 'notice')
  const p = t.products
  const noticeText =
    notice === 'created'
      ? p.created
      : notice === 'created-photo-failed'
        ? p.created
        : notice === 'photo-removed'
          ? p.photoRemoved
          : null

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
        <Link href={portalPath(locale, '/products')}>← {p.back}</Link>
      </p>
      <h1 data-testid="product-title">{product.title}</h1>
      <ProductStateBadge state={product.state} t={t} />
      <PageNotice text={noticeText} />
      {notice === 'created-photo-failed' ? (
        <PageNotice text={`${p.photo}: ${t.form.unavailable}`} kind="error" />
      ) : null}

      <section className="portal-card" aria-labelledby="photos">
        <h2 id="photos">{p.photos}</h2>
        {product.images.length === 0 ? <p>{p.noPhotos}</p> : null}
        <ul className="portal-photos" data-testid="product-photos">
          {product.images.map((image, index) => (
            <li key={image.id}>
              <img
                src={image.url}
                alt={fill(p.photoAlt, { n: index + 1, title: product.title })}
                width={160}
                height={160}
                data-testid="product-photo"
              />
              <form action={deletePhotoAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={product.id} />
                <input type="hidden" name="image_id" value={image.id} />
                <button type="submit" className="portal-link-button">
                  {p.removePhoto}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <PhotoForm locale={locale} t={t} productId={product.id} />
      </section>

      <section className="portal-card" aria-labelledby="texts">
        <h2 id="texts">{p.texts}</h2>
        <ProductTextsForm locale={locale} t={t} product={product} />
      </section>

      {product.variants.map((variant) => (
        <section className="portal-card" aria-labelledby={`price-${variant.id}`} key={variant.id}>
          <h2 id={`price-${variant.id}`}>
            {p.price} · {p.stock}
            {product.variants.length > 1 ? ` · ${variant.title}` : ''}
          </h2>
          <PriceForm locale={locale} t={t} productId={product.id} variant={variant} />
        </section>
      ))}

      <section className="portal-card" aria-labelledby="certificate">
        <h2 id="certificate">{p.certificate}</h2>
        {product.certificate ? (
          <CertificateSummary locale={locale} t={t} certificate={product.certificate} />
        ) : (
          <p>{p.noCertificate}</p>
        )}
        {product.pendingCertificate ? (
          <>
            <h3>{p.pendingCertificate}</h3>
            <CertificateSummary locale={locale} t={t} certificate={product.pendingCertificate} />
          </>
        ) : null}
        <CertificateForm
          locale={locale}
          t={t}
          productId={product.id}
          certificate={product.pendingCertificate ?? product.certificate}
        />
      </section>
    </PortalShell>
  )
}
