/** Experiences run in Vietnam; dates are shown and grouped in this zone whatever the server's. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** The Vietnam calendar date (YYYY-MM-DD) and time (HH:mm) of a UTC instant. */
export function vietnamLocal(instant: Date): { date: string; time: string } {
  return { date: dateFormat.format(instant), time: timeFormat.format(instant) }
}

/**
 * The UTC instant of a Vietnam wall-clock time. Vietnam has kept UTC+7 without daylight
 * saving since 1975, so the offset is fixed.
 */
export function fromVietnamLocal(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`)
}
