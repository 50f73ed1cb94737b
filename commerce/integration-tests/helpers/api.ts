import pg from 'pg'
import { inject } from 'vitest'

/** A JSON response: its status and parsed body. */
export type Reply<T = Record<string, unknown>> = { status: number; body: T }

/** Calls commerce over HTTP with JSON; never throws on an HTTP error status. */
export async function call<T = any>(
  method: string,
  route: string,
  options: { body?: unknown; key?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers }
  if (options.key) headers['x-publishable-api-key'] = options.key
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const response = await fetch(`${inject('commerceUrl')}${route}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await response.text()

  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
}

/** Runs one query on the test database. */
export async function sql<T extends pg.QueryResultRow = any>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** The publishable key of a tenant, by the `(<slug>)` ending of its title. */
export async function tenantKey(slug: string): Promise<string> {
  const [row] = await sql<{ token: string }>(
    `select token from api_key where type = 'publishable' and revoked_at is null
     and title like $1 and deleted_at is null`,
    [`%(${slug})`],
  )
  if (!row) throw new Error(`no key for ${slug}`)

  return row.token
}

/** A bearer token for the seeded demo admin. */
export async function adminToken(): Promise<string> {
  const reply = await call<{ token: string }>('POST', '/auth/user/emailpass', {
    body: { email: 'admin@hoaban.local', password: 'hoaban-demo' },
  })
  if (reply.status !== 200) throw new Error(`admin login ${reply.status}`)

  return reply.body.token
}
