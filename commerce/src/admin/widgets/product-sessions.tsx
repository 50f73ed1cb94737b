import { defineWidgetConfig } from '@medusajs/admin-sdk'
import type { DetailWidgetProps, HttpTypes } from '@medusajs/framework/types'
import { Button, Container, Heading, Input, Label, Text } from '@medusajs/ui'
import { useCallback, useEffect, useState } from 'react'
import { adminFetch } from '../lib/admin-fetch'

type Session = {
  id: string
  capacity: number
  seats_taken: number
  status: string
  local: { date: string; time: string }
}

/** Upcoming sessions of an experience, and a weekly rule to add more (Vietnam time). */
const ProductSessionsWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const path = `/admin/hoaban/products/${data.id}/sessions`
  const [sessions, setSessions] = useState<Session[]>([])
  const [error, setError] = useState<string | null>(null)
  const [rule, setRule] = useState({ time: '08:00', from: '', to: '', capacity: '10', days: '6,0' })
  const load = useCallback(() => {
    adminFetch<{ sessions: Session[] }>(path)
      .then((r) => setSessions(r.sessions))
      .catch((e: Error) => setError(e.message))
  }, [path])

  useEffect(load, [load])
  if (data.metadata?.kind !== 'experience') return null

  const generate = async () => {
    setError(null)
    try {
      await adminFetch(path, {
        method: 'POST',
        body: {
          capacity: Number(rule.capacity),
          rule: {
            weekdays: rule.days.split(',').map(Number),
            time: rule.time,
            durationMinutes: 180,
            from: rule.from,
            to: rule.to,
          },
        },
      })
      load()
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lịch trải nghiệm (giờ Việt Nam)</Heading>
      </div>
      <div className="flex flex-col gap-1 px-6 py-4">
        {sessions.slice(0, 10).map((s) => (
          <Text key={s.id} size="small">
            {s.local.date} {s.local.time} · {s.capacity - s.seats_taken}/{s.capacity} chỗ ·{' '}
            {s.status}
          </Text>
        ))}
        {sessions.length === 0 && <Text size="small">Chưa có buổi nào.</Text>}
      </div>
      <div className="grid grid-cols-2 gap-2 px-6 py-4">
        <Label htmlFor="rule-from">Từ ngày</Label>
        <Input
          id="rule-from"
          type="date"
          value={rule.from}
          onChange={(e) => setRule({ ...rule, from: e.target.value })}
        />
        <Label htmlFor="rule-to">Đến ngày</Label>
        <Input
          id="rule-to"
          type="date"
          value={rule.to}
          onChange={(e) => setRule({ ...rule, to: e.target.value })}
        />
        <Label htmlFor="rule-time">Giờ bắt đầu</Label>
        <Input
          id="rule-time"
          value={rule.time}
          onChange={(e) => setRule({ ...rule, time: e.target.value })}
        />
        <Label htmlFor="rule-days">Thứ (0 = CN)</Label>
        <Input
          id="rule-days"
          value={rule.days}
          onChange={(e) => setRule({ ...rule, days: e.target.value })}
        />
        <Label htmlFor="rule-capacity">Số chỗ</Label>
        <Input
          id="rule-capacity"
          value={rule.capacity}
          onChange={(e) => setRule({ ...rule, capacity: e.target.value })}
        />
        {error && (
          <Text size="small" className="text-ui-fg-error col-span-2">
            {error}
          </Text>
        )}
        <Button size="small" variant="secondary" className="col-span-2" onClick={generate}>
          Tạo lịch theo tuần
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: 'product.details.after' })

export default ProductSessionsWidget
