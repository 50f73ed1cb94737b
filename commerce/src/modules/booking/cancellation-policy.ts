/** An experience's cancellation policy (product metadata `cancellation_policy`). */
export type CancellationPolicy = { free_until_hours: number; late_refund_share: number }

/** Used when an experience states no policy: free until 48 h before, then half back. */
export const DEFAULT_CANCELLATION_POLICY: CancellationPolicy = {
  free_until_hours: 48,
  late_refund_share: 0.5,
}

/** Reads a policy from product metadata, falling back to the default for missing parts. */
export function readCancellationPolicy(metadata: Record<string, unknown> | null | undefined) {
  const raw = (metadata?.cancellation_policy ?? {}) as Partial<CancellationPolicy>
  const hours = Number(raw.free_until_hours)
  const share = Number(raw.late_refund_share)

  return {
    free_until_hours: Number.isFinite(hours) && hours >= 0 ? hours : 48,
    late_refund_share: Number.isFinite(share) && share >= 0 && share <= 1 ? share : 0.5,
  }
}

/**
 * The refund for cancelling a booking paid `paidVnd` đồng: all of it until `free_until_hours`
 * before the start, then the late share (rounded down to whole đồng), nothing once started.
 */
export function refundForCancellation(input: {
  policy: CancellationPolicy
  startsAt: Date
  now: Date
  paidVnd: number
}): { refundVnd: number; window: 'free' | 'late' | 'started' } {
  const msBefore = input.startsAt.getTime() - input.now.getTime()
  if (msBefore <= 0) return { refundVnd: 0, window: 'started' }
  if (msBefore >= input.policy.free_until_hours * 3600_000) {
    return { refundVnd: input.paidVnd, window: 'free' }
  }

  return { refundVnd: Math.floor(input.paidVnd * input.policy.late_refund_share), window: 'late' }
}
