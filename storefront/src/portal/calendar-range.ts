/** How the session calendar is laid out. */
export type CalendarView = 'week' | 'month'

const DAY = 86_400_000

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** `iso` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  return format(new Date(parse(iso).getTime() + days * DAY))
}

/** The Monday of the week holding `iso`. */
export function mondayOf(iso: string): string {
  const date = parse(iso)

  return addDays(iso, -((date.getUTCDay() + 6) % 7))
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && format(parse(value)) === value
}

/**
 * The days a calendar page shows around `anchor`: a week from Monday, or a month padded to
 * whole weeks from Monday; `from`/`to` are the first and last day shown, `previous`/`next`
 * the anchors of the neighbouring pages.
 */
export function calendarRange(
  view: CalendarView,
  anchor: string,
): { from: string; to: string; days: string[]; previous: string; next: string } {
  if (view === 'week') {
    const from = mondayOf(anchor)
    const days = Array.from({ length: 7 }, (_, index) => addDays(from, index))

    return { from, to: addDays(from, 6), days, previous: addDays(from, -7), next: addDays(from, 7) }
  }
  const date = parse(anchor)
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1))
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0))
  const from = mondayOf(format(first))
  const to = addDays(mondayOf(format(last)), 6)
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)

  return {
    from,
    to,
    days,
    previous: format(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1))),
    next: format(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1))),
  }
}
