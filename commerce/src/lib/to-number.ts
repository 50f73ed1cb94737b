import type { BigNumberInput } from '@medusajs/framework/types'
import { MathBN } from '@medusajs/framework/utils'

/** A plain number from what Query returns for quantities and amounts (number, string, BigNumber). */
export function toNumber(value: unknown): number {
  const result = MathBN.convert(value as BigNumberInput).toNumber()
  if (!Number.isFinite(result)) throw new Error(`Not a number: ${String(value)}`)

  return result
}
