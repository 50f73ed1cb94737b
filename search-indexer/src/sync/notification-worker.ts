import type { Pool } from '../db/pool.js'
import type { SearchEngine } from '../engines/engine.js'
import type { Logger } from '../logger.js'
import { applyNotification } from './apply-notification.js'
import { notificationSchema, type Notification } from './notification.js'
import type { Sources } from './sources.js'

type QueuedRow = {
  seq: string
  source: string
  kind: string
  source_id: string
  tenant: string
  op: string
  attempts: number
}

/** Seconds before the next attempt after `attempts` failures: 1, 2, 4 … capped at five minutes. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(300, 2 ** Math.max(0, attempts - 1))
}

/**
 * Applies queued notifications in order. Rows are claimed with SKIP LOCKED so several
 * indexer processes can share the queue; a failed row is retried later with a growing delay.
 */
export class NotificationWorker {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = true

  constructor(
    private readonly pool: Pool,
    private readonly engine: SearchEngine,
    private readonly sources: Sources,
    private readonly logger: Logger,
    private readonly pollMs = 1000,
  ) {}

  /** Processes one batch; returns how many rows it settled (done or rescheduled). */
  async runOnce(batchSize = 25): Promise<number> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      const claimed = await client.query<QueuedRow>(
        `SELECT seq, source, kind, source_id, tenant, op, attempts FROM search_notifications
         WHERE done_at IS NULL AND next_attempt_at <= now()
         ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      )
      // Several rows for one record need one application: the source's current state.
      const latest = new Map<string, { rows: QueuedRow[]; notification: Notification | null }>()
      for (const row of claimed.rows) {
        const key = `${row.source}|${row.kind}|${row.source_id}|${row.tenant}`
        const parsed = notificationSchema.safeParse({
          source: row.source,
          kind: row.kind,
          id: row.source_id,
          tenant: row.tenant,
          op: row.op,
        })
        const entry = latest.get(key) ?? { rows: [], notification: null }
        entry.rows.push(row)
        entry.notification = parsed.success ? parsed.data : null
        latest.set(key, entry)
      }
      for (const { rows, notification } of latest.values()) {
        const seqs = rows.map((row) => row.seq)
        try {
          if (notification !== null) {
            const outcome = await applyNotification(this.engine, this.sources, notification)
            this.logger.info(
              {
                tenant: notification.tenant,
                kind: notification.kind,
                id: notification.id,
                ...outcome,
              },
              'notification applied',
            )
          }
          await client.query(
            `UPDATE search_notifications SET done_at = now() WHERE seq = ANY($1::bigint[])`,
            [seqs],
          )
        } catch (error) {
          const attempts = Math.max(...rows.map((row) => row.attempts)) + 1
          this.logger.warn(
            { err: error, tenant: notification?.tenant, id: notification?.id, attempts },
            'notification failed; will retry',
          )
          await client.query(
            `UPDATE search_notifications SET attempts = $2, last_error = $3,
               next_attempt_at = now() + make_interval(secs => $4)
             WHERE seq = ANY($1::bigint[])`,
            [seqs, attempts, (error as Error).message.slice(0, 500), retryDelaySeconds(attempts)],
          )
        }
      }
      await client.query('COMMIT')

      return claimed.rows.length
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  /** Drains the queue now (called after each stored notification). */
  poke(): void {
    if (this.stopped) return
    if (this.running !== null) {
      this.again = true

      return
    }
    this.running = (async () => {
      try {
        do {
          this.again = false
          while ((await this.runOnce()) > 0 && !this.stopped) {
            // keep draining
          }
        } while (this.again && !this.stopped)
      } catch (error) {
        this.logger.error({ err: error }, 'notification worker failed; retrying on the next tick')
      } finally {
        this.running = null
      }
    })()
  }

  /** Starts polling: due retries and rows stored by other processes are picked up each tick. */
  start(): void {
    this.stopped = false
    this.timer = setInterval(() => this.poke(), this.pollMs)
    this.poke()
  }

  /** Stops polling and waits for the batch in hand. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
    await this.running
  }

  /** Waits until nothing is due (for tests and the CLI). */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0) {
      // keep draining
    }
  }
}
