import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

/** The roles an access matrix checks, anonymous visitors included. */
export type Role = 'anonymous' | 'platform-admin' | 'tenant-admin' | 'editor' | 'contributor'
/** A document id (a number on PostgreSQL, a string on MongoDB). */
export type Id = number | string
/** Someone calling the CMS: the Local API user and the JWT for REST and GraphQL. */
export type Actor = { role: Role; user: Record<string, unknown> | null; token: string | null }

/** Every role, anonymous first. */
export const roles: Role[] = [
  'anonymous',
  'platform-admin',
  'tenant-admin',
  'editor',
  'contributor',
]

/** Two tenants and one actor per role; every tenant role sits in the `own` tenant. */
export type MatrixWorld = { tenants: Record<'own' | 'other', Id>; actors: Map<Role, Actor> }

/** Creates the tenants `own` and `other` and logs in one staff user per role. */
export async function createMatrixWorld(payload: Payload, prefix = 'matrix'): Promise<MatrixWorld> {
  const tenants: Record<'own' | 'other', Id> = { own: 0, other: 0 }
  for (const key of ['own', 'other'] as const) {
    const tenant = await payload.create({
      collection: 'tenants',
      data: { name: key, slug: `${prefix}-${key}`, defaultLocale: 'vi' },
    })
    tenants[key] = tenant.id
  }
  const actors = new Map<Role, Actor>([
    ['anonymous', { role: 'anonymous', user: null, token: null }],
  ])
  for (const role of roles.filter((entry) => entry !== 'anonymous')) {
    const email = `${role}@${prefix}.test`
    await payload.create({
      collection: 'users',
      data: {
        email,
        password: 'matrix-password',
        ...(role === 'platform-admin'
          ? { roles: ['platform-admin'] }
          : { tenants: [{ tenant: tenants.own, roles: [role] }] }),
      } as never,
    })
    const login = await payload.login({
      collection: 'users',
      data: { email, password: 'matrix-password' },
    })
    const user = await payload.findByID({ collection: 'users', id: login.user!.id, depth: 0 })
    actors.set(role, { role, user: { ...user, collection: 'users' }, token: login.token ?? null })
  }

  return { tenants, actors }
}

/** True when the call resolves, false when it throws. */
export async function succeeds(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run()

    return true
  } catch {
    return false
  }
}

/** Sends a request through Payload's REST handler as the actor (JSON or multipart body). */
export function restAs(
  config: SanitizedConfig,
  actor: Actor,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const headers = new Headers()
  if (!(body instanceof FormData) && body !== undefined) {
    headers.set('content-type', 'application/json')
  }
  if (actor.token) {
    headers.set('authorization', `JWT ${actor.token}`)
  }
  const request = new Request(`http://localhost/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })

  return handleEndpoints({ config, request })
}

/** A GraphQL answer: data and the errors with Payload's error name in their extensions. */
export type GraphqlResult = {
  data?: Record<string, unknown>
  errors?: { message: string; extensions?: { name?: string; statusCode?: number } }[]
}

/** Runs a GraphQL operation through Payload's GraphQL route as the actor. */
export async function graphqlAs(
  config: SanitizedConfig,
  actor: Actor,
  query: string,
  variables: object = {},
): Promise<GraphqlResult> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (actor.token) {
    headers.set('authorization', `JWT ${actor.token}`)
  }
  const response = await GRAPHQL_POST(Promise.resolve(config))(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  )

  return (await response.json()) as GraphqlResult
}
