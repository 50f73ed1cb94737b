import { formatVnd } from '@/format/format-vnd'

/** A VND amount formatted for vi-VN, e.g. 150.000 ₫. */
export function Price({ amount, className }: { amount: number | null; className?: string }) {
  if (amount === null) return null

  return (
    <data value={amount} className={className ?? 'price'}>
      {formatVnd(amount)}
    </data>
  )
}
