import type { z } from 'zod'
import { env } from '@/config/env'
import type { Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { fetchJson } from '../http/fetch-json'

/** Query parameters for the store API. */
export type StoreQuery = Record<string, string | number | undefined | string[]>

/** Builds a store API URL on the commerce service. */
export function storeUrl(path: string, query: StoreQuery = {}): string {
  const url = new URL(path, env().COMMERCE_URL)
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item)
    else if (value !== undefined) url.searchParams.set(key, String(value))
  }

  return url.toString()
}

/** The tenant's publishable key; the store API is scoped to the tenant's sales channel by it. */
export function publishableKey(tenant: Tenant): string {
  const key = tenant.commerce.publishableKey
  if (!key) {
    throw new StorefrontError(
      'not_configured',
      `tenant ${tenant.slug} has no commerce.publishableKey (run npm run provision-tenant)`,
    )
  }

  return key
}

/** One store API request as the tenant, validated with `schema`. */
export function storeRequest<S extends z.ZodType>(
  tenant: Tenant,
  path: string,
  schema: S,
  options: {
    query?: StoreQuery
    method?: 'GET' | 'POST' | 'DELETE'
    body?: unknown
    revalidate?: number
  } = {},
): Promise<z.infer<S>> {
  return fetchJson(storeUrl(path, options.query), schema, {
    service: 'commerce',
    method: options.method,
    body: options.body,
    revalidate: options.revalidate,
    headers: { 'x-publishable-api-key': publishableKey(tenant) },
  })
}
