import { env } from '@/config/env'

/** Query parameters in Payload's bracket syntax, e.g. `where[slug][equals]`. */
export type CmsQuery = Record<string, string | number | undefined>

/** Builds a CMS REST URL: `/api/<path>?<query>`. */
export function cmsUrl(path: string, query: CmsQuery = {}): string {
  const url = new URL(`/api/${path}`, env().CMS_URL)
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }

  return url.toString()
}

/** Seconds a published catalogue answer (heritage, festivals, places) is reused. */
export const catalogueTtl = 30
