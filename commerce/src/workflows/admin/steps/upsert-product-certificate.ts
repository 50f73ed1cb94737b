import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { OCOP_MODULE } from '../../../modules/ocop'
import {
  certificateExpiry,
  certificateStatus,
  type OcopGroup,
  type OcopIssuingLevel,
} from '../../../modules/ocop/certificate-rules'
import type OcopModuleService from '../../../modules/ocop/service'

/** A certificate as an admin enters it; expiry and status follow from the issue date. */
export type CertificateInput = {
  product_id: string
  stars: number
  certificate_number: string
  decision_number?: string | null
  issuing_level: OcopIssuingLevel
  product_group: OcopGroup
  issued_at: string
}

type Undo = { created: string } | { updated: string; previous: Record<string, unknown> }

/**
 * Creates the product's certificate (and its link) or updates the one it has. Expiry is the
 * issue date + 36 months. Compensation deletes what it created or restores what it changed.
 */
export const upsertProductCertificateStep = createStep(
  'upsert-product-certificate',
  async (input: CertificateInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const issuedAt = new Date(input.issued_at)
    const expiresAt = certificateExpiry(issuedAt)
    const values = {
      stars: input.stars,
      certificate_number: input.certificate_number,
      decision_number: input.decision_number ?? null,
      issuing_level: input.issuing_level,
      product_group: input.product_group,
      issued_at: issuedAt,
      expires_at: expiresAt,
      status: certificateStatus({ issued_at: issuedAt, expires_at: expiresAt }),
    }

    const { data } = await query.graph({
      entity: 'product',
      fields: ['ocop_certificate.*'],
      filters: { id: input.product_id },
    })
    const current = (data[0] as { ocop_certificate?: Record<string, unknown> | null })
      ?.ocop_certificate
    if (current?.id) {
      const id = String(current.id)
      const previous = Object.fromEntries(Object.keys(values).map((k) => [k, current[k]]))
      await ocop.updateOcopCertificates({ id, ...values })

      return new StepResponse<string, Undo>(id, { updated: id, previous })
    }

    const created = await ocop.createOcopCertificates(values)
    await link.create({
      [Modules.PRODUCT]: { product_id: input.product_id },
      [OCOP_MODULE]: { ocop_certificate_id: created.id },
    })

    return new StepResponse<string, Undo>(created.id, { created: created.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    if ('created' in undo) {
      await ocop.deleteOcopCertificates(undo.created)
    } else {
      await ocop.updateOcopCertificates({ id: undo.updated, ...undo.previous })
    }
  },
)
