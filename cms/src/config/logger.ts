import pino from 'pino'

import { env } from './env'

/** The one logger of the CMS service: JSON lines, ids only, never bodies or secrets. */
export const logger = pino({
  name: 'cms',
  level: env.LOG_LEVEL,
  base: { service: 'cms' },
})
