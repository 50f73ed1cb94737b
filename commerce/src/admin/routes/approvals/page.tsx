import { defineRouteConfig } from '@medusajs/admin-sdk'
import { CheckCircle } from '@medusajs/icons'
import { Badge, Button, Container, Heading, Input, Table, Text } from '@medusajs/ui'
import { useCallback, useEffect, useState } from 'react'
import { adminFetch } from '../../lib/admin-fetch'

type Approval = {
  id: string
  kind: 'new_product' | 'certificate'
  status: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  cooperative: { id: string; name_vi: string } | null
  tenant_slug: string
  proposed: Record<string, unknown> | null
  created_at: string
}

type ProposedCertificate = {
  stars?: number
  certificate_number?: string
  issuing_level?: string
  issued_at?: string
}

const KIND_LABEL: Record<Approval['kind'], string> = {
  new_product: 'Sản phẩm mới / New product',
  certificate: 'Chứng nhận OCOP / Certificate',
}

/** The certificate an approval proposes, one line; a dash when there is none. */
function proposedCertificate(approval: Approval): string {
  const fields = (
    approval.kind === 'certificate' ? approval.proposed : approval.proposed?.certificate
  ) as ProposedCertificate | null | undefined
  if (!fields?.certificate_number) return '—'

  return `${'★'.repeat(fields.stars ?? 0)} ${fields.certificate_number} · ${fields.issuing_level ?? ''} · ${fields.issued_at ?? ''}`
}

/** One pending approval with its Approve and Reject (with reason) actions. */
const ApprovalRow = ({ approval, onDone }: { approval: Approval; onDone: () => void }) => {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const decide = async (action: 'approve' | 'reject') => {
    setBusy(true)
    setError(null)
    try {
      await adminFetch(`/admin/hoaban/approvals/${approval.id}/${action}`, {
        method: 'POST',
        body: action === 'reject' ? { reason } : undefined,
      })
      onDone()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Table.Row data-testid="approval-row" data-approval-id={approval.id}>
      <Table.Cell>
        <div className="flex items-center gap-2">
          {approval.product?.thumbnail && (
            <img src={approval.product.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />
          )}
          <Text size="small" weight="plus">
            {approval.product?.title ?? approval.id}
          </Text>
        </div>
      </Table.Cell>
      <Table.Cell>
        <Text size="small">{approval.cooperative?.name_vi ?? '—'}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {approval.tenant_slug}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall">{KIND_LABEL[approval.kind]}</Badge>
      </Table.Cell>
      <Table.Cell>
        <Text size="small">{proposedCertificate(approval)}</Text>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col gap-1 py-2">
          <div className="flex items-center gap-2">
            <Button
              size="small"
              aria-label="Approve"
              disabled={busy}
              onClick={() => void decide('approve')}
            >
              Duyệt / Approve
            </Button>
            <Input
              size="small"
              aria-label="Reason"
              placeholder="Lý do / Reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button
              size="small"
              variant="danger"
              aria-label="Reject"
              disabled={busy || reason.trim() === ''}
              onClick={() => void decide('reject')}
            >
              Từ chối / Reject
            </Button>
          </div>
          {error && (
            <Text size="xsmall" className="text-ui-fg-error">
              {error}
            </Text>
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** The approval queue: what cooperatives wait for, for the admin's tenant (all for the platform). */
const ApprovalsPage = () => {
  const [approvals, setApprovals] = useState<Approval[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    adminFetch<{ approvals: Approval[] }>('/admin/hoaban/approvals?status=pending')
      .then((r) => setApprovals(r.approvals))
      .catch((e: Error) => setError(e.message))
  }, [])
  useEffect(load, [load])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Duyệt / Approvals</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Sản phẩm mới và chứng nhận OCOP chờ duyệt · New products and certificates waiting
        </Text>
      </div>
      {error && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          {error}
        </Text>
      )}
      {approvals && approvals.length === 0 && (
        <Text size="small" className="px-6 py-4">
          Không có gì chờ duyệt · Nothing waiting.
        </Text>
      )}
      {approvals && approvals.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm / Product</Table.HeaderCell>
              <Table.HeaderCell>Hợp tác xã / Cooperative</Table.HeaderCell>
              <Table.HeaderCell>Loại / Kind</Table.HeaderCell>
              <Table.HeaderCell>Chứng nhận đề xuất / Proposed certificate</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {approvals.map((approval) => (
              <ApprovalRow key={approval.id} approval={approval} onDone={load} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: 'Approvals / Duyệt', icon: CheckCircle })

export default ApprovalsPage
