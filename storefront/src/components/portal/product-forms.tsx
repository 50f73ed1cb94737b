'use client'

import { useActionState, useState } from 'react'
import { productGroupLabel, productGroups } from '@/domain/product-groups'
import type { Locale } from '@/domain/types'
import { formatDate } from '@/format/format-date'
import { formatVnd } from '@/format/format-vnd'
import { fill } from '@/i18n/messages'
import {
  createProductAction,
  proposeCertificateAction,
  updatePriceAction,
  updateProductTextsAction,
  uploadPhotoAction,
} from '@/portal/actions/product-actions'
import { certificateExpiry, daysUntil, expiryWarning } from '@/portal/certificate-expiry'
import { type FormState, idleForm } from '@/portal/form-state'
import type { PortalMessages } from '@/portal/portal-messages'
import type { PortalCertificate, PortalProduct } from '@/portal/types'
import { Field, FormMessage, SelectField } from './form-parts'
import { PhotoInput } from './photo-input'

type Common = { locale: Locale; t: PortalMessages }

/** Today's date in Vietnam (UTC+7), for the expiry warning. */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
}

function TextFields({
  t,
  state,
  product,
}: {
  t: PortalMessages
  state: FormState
  product?: PortalProduct
}) {
  const value = (name: string, fallback: string | null | undefined) =>
    state.values[name] ?? fallback ?? ''

  return (
    <>
      <Field
        name="title"
        label={t.products.titleVi}
        lang="vi"
        required
        maxLength={200}
        defaultValue={value('title', product?.title)}
        error={state.fieldErrors.title}
      />
      <Field
        name="title_en"
        label={t.products.titleEn}
        lang="en"
        maxLength={200}
        defaultValue={value('title_en', product?.titleEn)}
        error={state.fieldErrors.title_en}
      />
      <Field
        name="description"
        label={t.products.descriptionVi}
        lang="vi"
        multiline
        maxLength={5000}
        defaultValue={value('description', product?.description)}
        error={state.fieldErrors.description}
      />
      <Field
        name="description_en"
        label={t.products.descriptionEn}
        lang="en"
        multiline
        maxLength={5000}
        defaultValue={value('description_en', product?.descriptionEn)}
        error={state.fieldErrors.description_en}
      />
    </>
  )
}

/** The VND price typed as a number and shown the Vietnamese way as it is typed. */
function PriceFields({
  t,
  state,
  price,
  stock,
}: {
  t: PortalMessages
  state: FormState
  price: number | null
  stock: number
}) {
  const [typed, setTyped] = useState(
    state.values.price_vnd ?? (price === null ? '' : String(price)),
  )
  const amount = /^\d+$/.test(typed) ? Number(typed) : null

  return (
    <>
      <Field
        name="price_vnd"
        label={t.products.priceVnd}
        type="number"
        inputMode="numeric"
        min={1000}
        step={1}
        required
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        hint={
          <>
            {fill(t.products.priceHint, { example: formatVnd(150000) })}
            {amount !== null ? (
              <>
                {' · '}
                <output data-testid="price-preview">{formatVnd(amount)}</output>
              </>
            ) : null}
          </>
        }
        error={state.fieldErrors.price_vnd}
      />
      <Field
        name="stock"
        label={t.products.stockCount}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        required
        defaultValue={state.values.stock ?? String(stock)}
        error={state.fieldErrors.stock}
      />
    </>
  )
}

/** Certificate fields; the expiry (issue + 36 months) and its warning show as the date is set. */
function CertificateFields({
  locale,
  t,
  state,
  certificate,
}: Common & { state: FormState; certificate: PortalCertificate | null }) {
  const [issuedAt, setIssuedAt] = useState(state.values.issued_at ?? certificate?.issuedAt ?? '')
  const expiry = issuedAt ? certificateExpiry(issuedAt) : null
  const warning = expiry ? expiryWarning(expiry, vietnamToday()) : null
  const value = (name: string, fallback: string | number | null | undefined) =>
    state.values[name] ?? (fallback === null || fallback === undefined ? '' : String(fallback))
  const p = t.products

  return (
    <>
      <SelectField
        name="stars"
        label={p.stars}
        placeholder={p.choose}
        defaultValue={value('stars', certificate?.stars)}
        options={[3, 4, 5].map((n) => ({ value: String(n), label: fill(p.starsValue, { n }) }))}
        error={state.fieldErrors.stars}
      />
      <Field
        name="certificate_number"
        label={p.certificateNumber}
        maxLength={100}
        defaultValue={value('certificate_number', certificate?.certificateNumber)}
        error={state.fieldErrors.certificate_number}
      />
      <Field
        name="decision_number"
        label={p.decisionNumber}
        maxLength={100}
        defaultValue={value('decision_number', certificate?.decisionNumber)}
        error={state.fieldErrors.decision_number}
      />
      <SelectField
        name="issuing_level"
        label={p.issuingLevel}
        placeholder={p.choose}
        defaultValue={value('issuing_level', certificate?.issuingLevel)}
        options={[
          { value: 'province', label: p.levelProvince },
          { value: 'national', label: p.levelNational },
        ]}
        error={state.fieldErrors.issuing_level}
      />
      <SelectField
        name="product_group"
        label={p.productGroup}
        placeholder={p.choose}
        defaultValue={value('product_group', certificate?.productGroup)}
        options={productGroups.map((group) => ({
          value: group,
          label: productGroupLabel(group, locale),
        }))}
        error={state.fieldErrors.product_group}
      />
      <Field
        name="issued_at"
        label={p.issuedAt}
        type="date"
        value={issuedAt}
        onChange={(event) => setIssuedAt(event.target.value)}
        error={state.fieldErrors.issued_at}
        hint={
          expiry ? (
            <span data-testid="certificate-expiry">
              {fill(p.expiryComputed, { date: formatDate(expiry, locale) })}
              {warning === 'expired' ? (
                <strong className="portal-warning"> · {p.expired}</strong>
              ) : null}
              {warning === 'expiring' ? (
                <strong className="portal-warning">
                  {' · '}
                  {fill(p.expiring, { n: daysUntil(expiry, vietnamToday()) })}
                </strong>
              ) : null}
            </span>
          ) : null
        }
      />
    </>
  )
}

/** A new product: texts in both languages, price, stock, an optional certificate and photo. */
export function NewProductForm({ locale, t }: Common) {
  const [state, action, pending] = useActionState(createProductAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="new-product-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend>{t.products.texts}</legend>
        <TextFields t={t} state={state} />
      </fieldset>
      <fieldset>
        <legend>
          {t.products.price} · {t.products.stock}
        </legend>
        <PriceFields t={t} state={state} price={null} stock={0} />
      </fieldset>
      <fieldset>
        <legend>{t.products.photos}</legend>
        <PhotoInput label={t.products.photo} error={state.fieldErrors.file} />
      </fieldset>
      <details className="portal-details" open={Boolean(state.values.certificate_number)}>
        <summary>{t.products.addCertificate}</summary>
        <fieldset>
          <legend>{t.products.certificate}</legend>
          <CertificateFields locale={locale} t={t} state={state} certificate={null} />
        </fieldset>
      </details>
      <button
        type="submit"
        className="portal-button"
        disabled={pending}
        data-testid="create-product"
      >
        {t.products.create}
      </button>
    </form>
  )
}

/** Edits a product's texts. */
export function ProductTextsForm({ locale, t, product }: Common & { product: PortalProduct }) {
  const [state, action, pending] = useActionState(updateProductTextsAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="product-texts-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={product.id} />
      <TextFields t={t} state={state} product={product} />
      <button type="submit" className="portal-button" disabled={pending} data-testid="save-texts">
        {t.products.saveTexts}
      </button>
    </form>
  )
}

/** Edits one variant's price and stock. */
export function PriceForm({
  locale,
  t,
  productId,
  variant,
}: Common & { productId: string; variant: PortalProduct['variants'][number] }) {
  const [state, action, pending] = useActionState(updatePriceAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="price-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={productId} />
      <input type="hidden" name="variant_id" value={variant.id} />
      <PriceFields t={t} state={state} price={variant.priceVnd} stock={variant.stock} />
      <button type="submit" className="portal-button" disabled={pending} data-testid="save-price">
        {t.products.savePrice}
      </button>
    </form>
  )
}

/** Proposes a certificate for approval. */
export function CertificateForm({
  locale,
  t,
  productId,
  certificate,
}: Common & { productId: string; certificate: PortalCertificate | null }) {
  const [state, action, pending] = useActionState(proposeCertificateAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="certificate-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={productId} />
      <CertificateFields locale={locale} t={t} state={state} certificate={certificate} />
      <button
        type="submit"
        className="portal-button"
        disabled={pending}
        data-testid="submit-certificate"
      >
        {t.products.submitCertificate}
      </button>
    </form>
  )
}

/** Uploads one photo; commerce resizes it. */
export function PhotoForm({ locale, t, productId }: Common & { productId: string }) {
  const [state, action, pending] = useActionState(uploadPhotoAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="photo-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={productId} />
      <PhotoInput id="photo-file" label={t.products.photo} error={state.fieldErrors.file} />
      <button type="submit" className="portal-button" disabled={pending} data-testid="upload-photo">
        {t.products.upload}
      </button>
    </form>
  )
}
