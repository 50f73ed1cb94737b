import { defineWidgetConfig } from '@medusajs/admin-sdk'
import type { DetailWidgetProps, HttpTypes } from '@medusajs/framework/types'
import { Button, Container, Heading, Select, Text } from '@medusajs/ui'
import { useEffect, useState } from 'react'
import { adminFetch } from '../lib/admin-fetch'

type Cooperative = { id: string; handle: string; name_vi: string; commune: string | null }

/** The cooperative that makes the product; admins can move it to another. */
const ProductCooperativeWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const path = `/admin/hoaban/products/${data.id}/cooperative`
  const [cooperatives, setCooperatives] = useState<Cooperative[]>([])
  const [current, setCurrent] = useState<string | null>(null)
  const [choice, setChoice] = useState<string>('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    adminFetch<{ cooperative_id: string | null; cooperatives: Cooperative[] }>(path)
      .then((r) => {
        setCooperatives(r.cooperatives)
        setCurrent(r.cooperative_id)
        setChoice(r.cooperative_id ?? '')
      })
      .catch((e: Error) => setError(e.message))
  }, [path])

  const save = async () => {
    setError(null)
    try {
      const r = await adminFetch<{ cooperative_id: string }>(path, {
        method: 'POST',
        body: { cooperative_id: choice },
      })
      setCurrent(r.cooperative_id)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const shown = cooperatives.find((c) => c.id === current)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Hợp tác xã</Heading>
      </div>
      <div className="flex flex-col gap-3 px-6 py-4">
        <Text size="small">
          {shown ? `${shown.name_vi}${shown.commune ? ` · ${shown.commune}` : ''}` : 'Chưa gắn.'}
        </Text>
        <Select value={choice} onValueChange={setChoice}>
          <Select.Trigger>
            <Select.Value placeholder="Chọn hợp tác xã" />
          </Select.Trigger>
          <Select.Content>
            {cooperatives.map((c) => (
              <Select.Item key={c.id} value={c.id}>
                {c.name_vi}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {error && (
          <Text size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
        <Button
          size="small"
          variant="secondary"
          onClick={save}
          disabled={!choice || choice === current}
        >
          Lưu
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: 'product.details.side.after' })

export default ProductCooperativeWidget
