import { mapProduct } from './map-vendor'
import { VendorProductAnswer, VendorProductList } from './schemas'
import { vendorRequest } from './vendor-request'
import type { PortalProduct } from '@/portal/types'

/** The certificate fields a member proposes; it applies once a tenant admin approves. */
export interface CertificateInput {
  stars: number
  certificate_number: string
  decision_number?: string
  issuing_level: 'province' | 'national'
  product_group: string
  issued_at: string
}

/** The texts of a product in both languages. */
export interface ProductTexts {
  title: string
  title_en?: string
  description?: string
  description_en?: string
}

/** A new product: texts, VND price, stock and optionally its certificate. */
export interface NewProductInput extends ProductTexts {
  price_vnd: number
  stock: number
  certificate?: CertificateInput
}

const path = (id: string) => `/vendor/products/${encodeURIComponent(id)}`

/** The cooperative's products. */
export async function listProducts(token: string): Promise<PortalProduct[]> {
  const answer = await vendorRequest('/vendor/products', VendorProductList, { token })

  return answer.products.map(mapProduct)
}

/** One of the cooperative's products (404 when missing or another cooperative's). */
export async function getProduct(token: string, id: string): Promise<PortalProduct> {
  return mapProduct((await vendorRequest(path(id), VendorProductAnswer, { token })).product)
}

/** Creates a draft product that waits for a tenant admin's approval. */
export async function createProduct(token: string, input: NewProductInput): Promise<PortalProduct> {
  const answer = await vendorRequest('/vendor/products', VendorProductAnswer, {
    token,
    method: 'POST',
    body: input,
  })

  return mapProduct(answer.product)
}

/** Changes a product's texts. */
export async function updateProduct(
  token: string,
  id: string,
  input: ProductTexts,
): Promise<PortalProduct> {
  const answer = await vendorRequest(path(id), VendorProductAnswer, {
    token,
    method: 'POST',
    body: input,
  })

  return mapProduct(answer.product)
}

/** Changes a variant's price or stock. */
export async function updateVariant(
  token: string,
  id: string,
  variantId: string,
  input: { price_vnd?: number; stock?: number },
): Promise<PortalProduct> {
  const answer = await vendorRequest(
    `${path(id)}/variants/${encodeURIComponent(variantId)}`,
    VendorProductAnswer,
    { token, method: 'POST', body: input },
  )

  return mapProduct(answer.product)
}

/** Proposes a (new) certificate; the live one stays until a tenant admin approves. */
export async function proposeCertificate(
  token: string,
  id: string,
  input: CertificateInput,
): Promise<PortalProduct> {
  const answer = await vendorRequest(`${path(id)}/certificate`, VendorProductAnswer, {
    token,
    method: 'POST',
    body: input,
  })

  return mapProduct(answer.product)
}

/** Uploads one photo (JPEG, PNG or WebP); commerce resizes it and writes WebP. */
export async function uploadProductImage(
  token: string,
  id: string,
  file: File,
): Promise<PortalProduct> {
  const form = new FormData()
  form.set('file', file, file.name || 'photo')
  const answer = await vendorRequest(`${path(id)}/images`, VendorProductAnswer, {
    token,
    method: 'POST',
    form,
  })

  return mapProduct(answer.product)
}

/** Removes one photo. */
export async function deleteProductImage(
  token: string,
  id: string,
  imageId: string,
): Promise<PortalProduct> {
  const answer = await vendorRequest(
    `${path(id)}/images/${encodeURIComponent(imageId)}`,
    VendorProductAnswer,
    { token, method: 'DELETE' },
  )

  return mapProduct(answer.product)
}
