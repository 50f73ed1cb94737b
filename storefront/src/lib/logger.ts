import pino from 'pino'
import { env } from '@/config/env'

/** The storefront's one logger: JSON lines with ids, never bodies or secrets. */
export const logger = pino({
  name: 'storefront',
  level: env().LOG_LEVEL,
  base: { service: 'storefront' },
})
