import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { demoIssueDate } from '../../lib/catalog/cooperative-seed-data'
import type { OcopProductData } from '../../lib/catalog/reference-data'
import { OCOP_MODULE } from '../../modules/ocop'
import { certificateExpiry } from '../../modules/ocop/certificate-rules'
import type OcopModuleService from '../../modules/ocop/service'

/**
 * Gives every starred product of the reference data an OCOP certificate (a demo number, the
 * star rating of the sources, a demo issue date) unless it has one. Returns how many were made.
 */
export async function seedCertificates(
  container: MedusaContainer,
  products: OcopProductData[],
  today: Date = new Date(),
): Promise<number> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const starred = products.filter((p) => p.stars !== null)
  const { data } = await query.graph({
    entity: 'product',
    fields: ['id', 'handle', 'ocop_certificate.id'],
    filters: { handle: starred.map((p) => p.id) },
  })
  const records = data as { id: string; handle: string; ocop_certificate?: { id: string } | null }[]
  const todo = starred.flatMap((p) => {
    const record = records.find((r) => r.handle === p.id)

    return record && !record.ocop_certificate ? [{ data: p, productId: record.id }] : []
  })
  if (todo.length === 0) return 0

  const created = await ocop.createOcopCertificates(
    todo.map(({ data }) => {
      const issuedAt = demoIssueDate(data.id, today)

      return {
        stars: data.stars ?? 3,
        certificate_number: `DEMO-OCOP-DB-${data.id}`,
        decision_number: null,
        issuing_level: (data.stars ?? 3) >= 5 ? ('national' as const) : ('province' as const),
        product_group: data.group,
        issued_at: issuedAt,
        expires_at: certificateExpiry(issuedAt),
      }
    }),
  )
  await link.create(
    created.map((cert, index) => ({
      [Modules.PRODUCT]: { product_id: todo[index]?.productId },
      [OCOP_MODULE]: { ocop_certificate_id: cert.id },
    })),
  )

  return created.length
}
