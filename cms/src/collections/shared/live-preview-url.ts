import type { PayloadRequest } from 'payload'

import { env } from '../../config/env'
import { signPreviewPath } from '../../preview/sign-preview-path'

/**
 * The storefront's preview route for a document's page, on the host of its tenant when the
 * tenant has a domain, e.g.
 * http://muong-phang.localhost:8000/api/preview?path=%2Fen%2Fheritage%2Fban-men&exp=…&sig=…
 * The route checks the signature, turns Next's draft mode on and redirects to the page, which
 * then reads the draft.
 */
export function storefrontPreviewUrl(args: {
  segment: string
  slug: string | null | undefined
  locale: string
  tenantDomain?: string | null
}): string {
  const url = new URL(env.STOREFRONT_URL)
  if (args.tenantDomain) {
    url.hostname = args.tenantDomain
  }
  const signed = signPreviewPath(
    env.PREVIEW_SECRET,
    // Vietnamese pages have no locale prefix on the storefront.
    `${args.locale === 'vi' ? '' : `/${args.locale}`}/${args.segment}/${encodeURIComponent(args.slug ?? '')}`,
  )
  url.pathname = '/api/preview'
  url.searchParams.set('path', signed.path)
  url.searchParams.set('exp', String(signed.exp))
  url.searchParams.set('sig', signed.sig)

  return url.toString()
}

/** Builds Payload's live-preview `url` function for one storefront path segment. */
export function livePreviewFor(segment: string) {
  return async ({
    data,
    locale,
    req,
  }: {
    data: Record<string, unknown>
    locale: { code: string } | string | undefined
    req: PayloadRequest
  }): Promise<string> => {
    const code = typeof locale === 'string' ? locale : (locale?.code ?? 'vi')
    let tenantDomain: string | null = null
    const tenant = data.tenant
    if (tenant !== undefined && tenant !== null) {
      const id = typeof tenant === 'object' ? (tenant as { id: number | string }).id : tenant
      const found = await req.payload
        .findByID({ collection: 'tenants', id: id as number | string, depth: 0, req })
        .catch(() => null)
      tenantDomain = found?.domains?.[0]?.domain ?? null
    }

    return storefrontPreviewUrl({
      segment,
      slug: typeof data.slug === 'string' ? data.slug : null,
      locale: code,
      tenantDomain,
    })
  }
}
