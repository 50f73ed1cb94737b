/** Today's date (YYYY-MM-DD) in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}
