import { defineWidgetConfig } from '@medusajs/admin-sdk'
import type { DetailWidgetProps, HttpTypes } from '@medusajs/framework/types'
import { Badge, Button, Container, Heading, Input, Label, Select, Text } from '@medusajs/ui'
import { useEffect, useState } from 'react'
import { adminFetch } from '../lib/admin-fetch'

type Certificate = {
  stars: number
  certificate_number: string
  decision_number: string | null
  issuing_level: 'province' | 'national'
  product_group: string
  issued_at: string
  expires_at: string
  store_view: { stars: number | null; status: string }
}

const GROUPS = ['food', 'beverage', 'herbal', 'textile', 'handicraft', 'tourism']

/** The product's OCOP certificate: stars, numbers, dates, status; editable by admins. */
const ProductOcopCertificateWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const path = `/admin/hoaban/products/${data.id}/ocop`
  const [certificate, setCertificate] = useState<Certificate | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [form, setForm] = useState({
    stars: '3',
    certificate_number: '',
    issuing_level: 'province',
    product_group: 'food',
    issued_at: new Date().toISOString().slice(0, 10),
  })

  useEffect(() => {
    adminFetch<{ certificate: Certificate | null }>(path)
      .then((r) => {
        setCertificate(r.certificate)
        if (r.certificate) {
          setForm({
            stars: String(r.certificate.stars),
            certificate_number: r.certificate.certificate_number,
            issuing_level: r.certificate.issuing_level,
            product_group: r.certificate.product_group,
            issued_at: r.certificate.issued_at.slice(0, 10),
          })
        }
      })
      .catch((e: Error) => setError(e.message))
  }, [path])

  const save = async () => {
    setError(null)
    try {
      const r = await adminFetch<{ certificate: Certificate }>(path, {
        method: 'POST',
        body: { ...form, stars: Number(form.stars) },
      })
      setCertificate(r.certificate)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Chứng nhận OCOP</Heading>
        {certificate && (
          <Badge color={certificate.store_view.status === 'valid' ? 'green' : 'red'}>
            {certificate.store_view.status}
            {certificate.store_view.stars ? ` · ${'★'.repeat(certificate.store_view.stars)}` : ''}
          </Badge>
        )}
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        {certificate ? (
          <Text size="small">
            {certificate.certificate_number} · {certificate.issuing_level} · hết hạn{' '}
            {certificate.expires_at.slice(0, 10)}
          </Text>
        ) : (
          <Text size="small">Chưa có chứng nhận.</Text>
        )}
        <Label htmlFor="ocop-stars">Số sao</Label>
        <Select value={form.stars} onValueChange={(v) => setForm({ ...form, stars: v })}>
          <Select.Trigger id="ocop-stars">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {['3', '4', '5'].map((s) => (
              <Select.Item key={s} value={s}>
                {s} ★
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Label htmlFor="ocop-number">Số chứng nhận</Label>
        <Input
          id="ocop-number"
          value={form.certificate_number}
          onChange={(e) => setForm({ ...form, certificate_number: e.target.value })}
        />
        <Label htmlFor="ocop-group">Nhóm sản phẩm</Label>
        <Select
          value={form.product_group}
          onValueChange={(v) => setForm({ ...form, product_group: v })}
        >
          <Select.Trigger id="ocop-group">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {GROUPS.map((g) => (
              <Select.Item key={g} value={g}>
                {g}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Label htmlFor="ocop-level">Cấp công nhận</Label>
        <Select
          value={form.issuing_level}
          onValueChange={(v) => setForm({ ...form, issuing_level: v })}
        >
          <Select.Trigger id="ocop-level">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="province">Tỉnh (province)</Select.Item>
            <Select.Item value="national">Trung ương (national)</Select.Item>
          </Select.Content>
        </Select>
        <Label htmlFor="ocop-issued">Ngày cấp</Label>
        <Input
          id="ocop-issued"
          type="date"
          value={form.issued_at}
          onChange={(e) => setForm({ ...form, issued_at: e.target.value })}
        />
        {error && (
          <Text size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
        <Button size="small" variant="secondary" onClick={save}>
          Lưu chứng nhận
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: 'product.details.side.after' })

export default ProductOcopCertificateWidget
