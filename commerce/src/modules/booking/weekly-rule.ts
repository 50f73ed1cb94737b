import { fromVietnamLocal } from './local-time'

/** Sessions every week on the given weekdays (0 = Sunday) at a Vietnam time, over a range. */
export type WeeklyRule = {
  weekdays: number[]
  time: string
  durationMinutes: number
  from: string
  to: string
}

/** The UTC start and end of every session a weekly rule gives, `from` and `to` included. */
export function sessionsFromWeeklyRule(rule: WeeklyRule): { starts_at: Date; ends_at: Date }[] {
  const sessions: { starts_at: Date; ends_at: Date }[] = []
  const day = new Date(`${rule.from}T00:00:00Z`)
  const last = new Date(`${rule.to}T00:00:00Z`)
  while (day.getTime() <= last.getTime()) {
    if (rule.weekdays.includes(day.getUTCDay())) {
      const startsAt = fromVietnamLocal(day.toISOString().slice(0, 10), rule.time)
      sessions.push({
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + rule.durationMinutes * 60_000),
      })
    }
    day.setUTCDate(day.getUTCDate() + 1)
  }

  return sessions
}
