const vnd = new Intl.NumberFormat('vi-VN', {
  style: 'currency',
  currency: 'VND',
  maximumFractionDigits: 0,
})

/**
 * Formats an amount of đồng (an integer; VND has no minor unit) the Vietnamese way,
 * e.g. 150000 → "150.000 ₫", whatever the page's language.
 */
export function formatVnd(amount: number): string {
  // Intl separates the number and the sign with a no-break space; keep it so they never wrap.
  return vnd.format(Math.round(amount))
}
