'use server'

import { refresh } from 'next/cache'
import { redirect, unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import {
  type CertificateInput,
  createProduct,
  deleteProductImage,
  proposeCertificate,
  updateProduct,
  updateVariant,
  uploadProductImage,
} from '@/clients/vendor/products'
import { productGroups } from '@/domain/product-groups'
import { fill } from '@/i18n/messages'
import { logger } from '@/lib/logger'
import { actionSession, withToken } from '../action-session'
import { type FormState, formValues, invalidForm, refusedForm } from '../form-state'
import type { PortalMessages } from '../portal-messages'
import { portalPath } from '../portal-paths'

/** Commerce takes photos up to this size. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp']

const optionalText = (max: number, t: PortalMessages) =>
  z
    .string()
    .trim()
    .max(max, fill(t.form.atMost, { n: max }))
    .optional()
    .transform((value) => value || undefined)

function textsSchema(t: PortalMessages) {
  return z.object({
    title: z
      .string(t.form.required)
      .trim()
      .min(1, t.form.required)
      .max(200, fill(t.form.atMost, { n: 200 })),
    title_en: optionalText(200, t),
    description: optionalText(5000, t),
    description_en: optionalText(5000, t),
  })
}

function wholeNumber(t: PortalMessages, min: number, max: number) {
  return z
    .string(t.form.required)
    .trim()
    .regex(/^\d+$/, t.form.integer)
    .transform(Number)
    .pipe(
      z
        .number()
        .int(t.form.integer)
        .min(min, fill(t.form.atLeast, { n: min.toLocaleString('vi-VN') }))
        .max(max, fill(t.form.atMost, { n: max.toLocaleString('vi-VN') })),
    )
}

function priceSchema(t: PortalMessages) {
  return z.object({
    price_vnd: wholeNumber(t, 1000, 1_000_000_000),
    stock: wholeNumber(t, 0, 1_000_000),
  })
}

function certificateSchema(t: PortalMessages) {
  return z.object({
    stars: z.coerce.number(t.form.required).int().min(3, t.form.invalid).max(5, t.form.invalid),
    certificate_number: z
      .string(t.form.required)
      .trim()
      .min(1, t.form.required)
      .max(100, fill(t.form.atMost, { n: 100 })),
    decision_number: optionalText(100, t),
    issuing_level: z.enum(['province', 'national'], t.form.required),
    product_group: z.enum(productGroups, t.form.required),
    issued_at: z.iso.date(t.form.date),
  })
}

function photoOf(form: FormData, t: PortalMessages): File | null | { error: string } {
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return null
  if (!PHOTO_TYPES.includes(file.type)) return { error: t.form.invalid }
  if (file.size > MAX_PHOTO_BYTES) return { error: fill(t.form.atMost, { n: '10 MB' }) }

  return file
}

const hasCertificate = (values: Record<string, string>) =>
  Boolean(values.certificate_number || values.issued_at || values.stars)

/**
 * Creates a product (texts, price, stock, optionally its certificate and a first photo); it
 * waits for a tenant admin's approval. Lands on the product's page.
 */
export async function createProductAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await actionSession(form)
  const { t } = session
  const values = formValues(form)
  const texts = textsSchema(t).safeParse(values)
  const price = priceSchema(t).safeParse(values)
  const certificate = hasCertificate(values) ? certificateSchema(t).safeParse(values) : null
  const photo = photoOf(form, t)
  const failed = [texts, price, certificate].find((result) => result && !result.success)
  if (failed?.error) return invalidForm(failed.error, values, t)
  if (photo && 'error' in photo) {
    return { ...invalidForm(new z.ZodError([]), values, t), fieldErrors: { file: photo.error } }
  }
  if (!texts.data || !price.data) return invalidForm(new z.ZodError([]), values, t)

  let id: string
  try {
    const product = await withToken(session, () =>
      createProduct(session.token, {
        ...texts.data,
        ...price.data,
        ...(certificate?.data ? { certificate: certificate.data as CertificateInput } : {}),
      }),
    )
    id = product.id
  } catch (error) {
    return refusedForm(error, values, t)
  }
  logger.info({ tenant: session.tenant.slug, product: id }, 'portal product created')
  let notice = 'created'
  if (photo) {
    try {
      await withToken(session, () => uploadProductImage(session.token, id, photo))
    } catch (error) {
      unstable_rethrow(error)
      // The product exists; its page says the photo failed and offers the upload again.
      logger.warn({ product: id, err: error }, 'portal photo upload failed after create')
      notice = 'created-photo-failed'
    }
  }

  redirect(`${portalPath(session.locale, `/products/${id}`)}?notice=${notice}`)
}

/** Saves a product's texts in both languages. */
export async function updateProductTextsAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await actionSession(form)
  const values = formValues(form)
  const texts = textsSchema(session.t).safeParse(values)
  if (!texts.success) return invalidForm(texts.error, values, session.t)
  try {
    await withToken(session, () => updateProduct(session.token, values.id ?? '', texts.data))
  } catch (error) {
    return refusedForm(error, values, session.t)
  }
  refresh()

  return { status: 'done', message: session.t.form.saved, fieldErrors: {}, values }
}

/** Saves a variant's VND price and stock. */
export async function updatePriceAction(_previous: FormState, form: FormData): Promise<FormState> {
  const session = await actionSession(form)
  const values = formValues(form)
  const price = priceSchema(session.t).safeParse(values)
  if (!price.success) return invalidForm(price.error, values, session.t)
  try {
    await withToken(session, () =>
      updateVariant(session.token, values.id ?? '', values.variant_id ?? '', price.data),
    )
  } catch (error) {
    return refusedForm(error, values, session.t)
  }
  refresh()

  return { status: 'done', message: session.t.form.saved, fieldErrors: {}, values }
}

/** Sends a certificate for approval; the live one stays until then. */
export async function proposeCertificateAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await actionSession(form)
  const values = formValues(form)
  const certificate = certificateSchema(session.t).safeParse(values)
  if (!certificate.success) return invalidForm(certificate.error, values, session.t)
  try {
    await withToken(session, () =>
      proposeCertificate(session.token, values.id ?? '', certificate.data as CertificateInput),
    )
  } catch (error) {
    return refusedForm(error, values, session.t)
  }
  refresh()

  return { status: 'done', message: session.t.products.certificateSent, fieldErrors: {}, values }
}

/** Uploads a photo (multipart form) to commerce, which resizes it. */
export async function uploadPhotoAction(_previous: FormState, form: FormData): Promise<FormState> {
  const session = await actionSession(form)
  const values = formValues(form)
  const photo = photoOf(form, session.t)
  if (!photo || 'error' in photo) {
    return {
      status: 'error',
      message: session.t.form.fixErrors,
      fieldErrors: { file: photo ? photo.error : session.t.form.required },
      values,
    }
  }
  try {
    await withToken(session, () => uploadProductImage(session.token, values.id ?? '', photo))
  } catch (error) {
    return refusedForm(error, values, session.t)
  }
  refresh()

  return { status: 'done', message: session.t.products.uploaded, fieldErrors: {}, values: {} }
}

/** Removes a photo and comes back to the product's page. */
export async function deletePhotoAction(form: FormData): Promise<void> {
  const session = await actionSession(form)
  const id = String(form.get('id') ?? '')
  await withToken(session, () =>
    deleteProductImage(session.token, id, String(form.get('image_id') ?? '')),
  )

  redirect(`${portalPath(session.locale, `/products/${id}`)}?notice=photo-removed`)
}
