import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildStele } from '../media/build-demo-models'
import { toneWav } from '../media/tone-wav'
import {
  createMatrixWorld,
  graphqlAs,
  restAs,
  roles,
  succeeds,
  type Actor,
  type GraphqlResult,
  type Id,
  type MatrixWorld,
  type Role,
} from '../test/access-actors'
import { startTestPayload, type TestPayload } from '../test/start-test-payload'
import { testAdminUrl, testDatabaseReachable } from '../test/test-database'

const reachable = await testDatabaseReachable()
if (!reachable) {
  console.warn(`skipping upload/staff matrix: no PostgreSQL at ${testAdminUrl}`)
}

/**
 * Every role × own/other tenant × read/create/update/delete on the upload collections, the
 * per-tenant site settings and the staff accounts, through the Local API, REST and GraphQL.
 */
type File = { data: Buffer; mimetype: string; name: string; size: number }
type Outcome = (role: Role, own: boolean) => boolean
type Spec = {
  slug: CollectionSlug
  singular: string
  plural: string
  /** The upload, for collections that take one. */
  file?: () => Promise<File>
  /** Fields of a new document besides its tenant. */
  data: () => Record<string, unknown>
  /** A change an update makes. */
  change: Record<string, unknown>
  /** One document per tenant (site settings): a create first clears the tenant's one. */
  singleton?: boolean
  expected: {
    read: (role: Role) => [boolean, boolean]
    create: Outcome
    update: Outcome
    delete: Outcome
  }
}

const staff = (role: Role) => role === 'tenant-admin' || role === 'editor' || role === 'contributor'
/** Public files: anyone reads them, staff only those of their own tenants. */
const publicFiles = (role: Role): [boolean, boolean] =>
  role === 'anonymous' || role === 'platform-admin' ? [true, true] : [true, false]
const uploadOutcomes: Spec['expected'] = {
  read: publicFiles,
  create: (role, own) => role === 'platform-admin' || (own && staff(role)),
  update: (role, own) => role === 'platform-admin' || (own && staff(role)),
  delete: (role, own) =>
    role === 'platform-admin' || (own && (role === 'tenant-admin' || role === 'editor')),
}
const tenantAdminOnly: Outcome = (role, own) =>
  role === 'platform-admin' || (own && role === 'tenant-admin')

const file = (data: Buffer, mimetype: string, name: string): File => ({
  data,
  mimetype,
  name,
  size: data.length,
})
const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3a7d44' } })

const specs: Spec[] = [
  {
    slug: 'media',
    singular: 'Media',
    plural: 'allMedia',
    file: async () => file(await solid(40, 30).png().toBuffer(), 'image/png', 'ảnh thử.png'),
    data: () => ({ alt: 'ảnh' }),
    change: { alt: 'changed' },
    expected: uploadOutcomes,
  },
  {
    slug: 'panoramas',
    singular: 'Panorama',
    plural: 'Panoramas',
    file: async () => file(await solid(1024, 512).jpeg().toBuffer(), 'image/jpeg', 'pano.jpg'),
    data: () => ({ title: 'pano' }),
    change: { title: 'changed' },
    expected: uploadOutcomes,
  },
  {
    slug: 'models',
    singular: 'Model',
    plural: 'Models',
    file: async () => file(await buildStele(), 'model/gltf-binary', 'stele.glb'),
    data: () => ({ title: 'model' }),
    change: { title: 'changed' },
    expected: uploadOutcomes,
  },
  {
    slug: 'audio-guides',
    singular: 'AudioGuide',
    plural: 'AudioGuides',
    file: async () => file(await toneWav({ seconds: 0.2, sampleRate: 8000 }), 'audio/wav', 'a.wav'),
    data: () => ({ title: 'guide', captions: 'WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n' }),
    change: { title: 'changed' },
    expected: uploadOutcomes,
  },
  {
    slug: 'site-settings',
    singular: 'SiteSetting',
    plural: 'SiteSettings',
    data: () => ({ siteName: 'site' }),
    change: { siteName: 'changed' },
    singleton: true,
    expected: {
      read: publicFiles,
      create: tenantAdminOnly,
      update: tenantAdminOnly,
      delete: tenantAdminOnly,
    },
  },
]

let t: TestPayload
let payload: Payload
let config: SanitizedConfig
let world: MatrixWorld
const actor = (role: Role) => world.actors.get(role)!
const tenantOf = (own: boolean) => (own ? world.tenants.own : world.tenants.other)

async function clearSingleton(spec: Spec, tenant: Id) {
  if (spec.singleton) {
    await payload.delete({ collection: spec.slug, where: { tenant: { equals: tenant } } })
  }
}

async function seed(spec: Spec, tenant: Id): Promise<Id> {
  await clearSingleton(spec, tenant)
  const doc = await payload.create({
    collection: spec.slug,
    data: { ...spec.data(), tenant } as never,
    file: spec.file ? await spec.file() : undefined,
  })

  return doc.id
}

/** One way into the CMS: list visible ids, and whether a write was allowed. */
type Api = {
  list: (who: Actor, spec: Spec) => Promise<Id[]>
  create: (who: Actor, spec: Spec, tenant: Id) => Promise<boolean>
  update: (who: Actor, spec: Spec, id: Id) => Promise<boolean>
  remove: (who: Actor, spec: Spec, id: Id) => Promise<boolean>
}

const localApi: Api = {
  list: async (who, spec) =>
    (
      await payload.find({
        collection: spec.slug,
        limit: 500,
        depth: 0,
        overrideAccess: false,
        user: who.user ?? undefined,
      })
    ).docs.map((doc) => doc.id),
  create: async (who, spec, tenant) => {
    const upload = spec.file ? await spec.file() : undefined

    return succeeds(() =>
      payload.create({
        collection: spec.slug,
        overrideAccess: false,
        user: who.user ?? undefined,
        data: { ...spec.data(), tenant } as never,
        file: upload,
      }),
    )
  },
  update: (who, spec, id) =>
    succeeds(() =>
      payload.update({
        collection: spec.slug,
        id,
        overrideAccess: false,
        user: who.user ?? undefined,
        data: spec.change as never,
      }),
    ),
  remove: (who, spec, id) =>
    succeeds(() =>
      payload.delete({
        collection: spec.slug,
        id,
        overrideAccess: false,
        user: who.user ?? undefined,
      }),
    ),
}

const restApi: Api = {
  list: async (who, spec) => {
    const response = await restAs(config, who, 'GET', `/${spec.slug}?limit=500&depth=0`)
    const json = (await response.json()) as { docs?: { id: Id }[] }

    return (json.docs ?? []).map((doc) => doc.id)
  },
  create: async (who, spec, tenant) => {
    const data = { ...spec.data(), tenant }
    let body: unknown = data
    if (spec.file) {
      const upload = await spec.file()
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(upload.data)], { type: upload.mimetype }),
        upload.name,
      )
      form.append('_payload', JSON.stringify(data))
      body = form
    }

    return (await restAs(config, who, 'POST', `/${spec.slug}`, body)).status < 300
  },
  update: async (who, spec, id) =>
    (await restAs(config, who, 'PATCH', `/${spec.slug}/${id}`, spec.change)).status < 300,
  remove: async (who, spec, id) =>
    (await restAs(config, who, 'DELETE', `/${spec.slug}/${id}`)).status < 300,
}

/**
 * GraphQL carries no files, so an upload create that passes access stops at Payload's
 * "no files were uploaded" error; a refused one stops earlier with Forbidden.
 */
const createPassedAccess = (spec: Spec, result: GraphqlResult) =>
  !result.errors
    ? Boolean(result.data?.[`create${spec.singular}`])
    : Boolean(spec.file) && result.errors[0]?.extensions?.name === 'MissingFile'

const graphqlApi: Api = {
  list: async (who, spec) => {
    const result = await graphqlAs(config, who, `{ ${spec.plural}(limit: 500) { docs { id } } }`)
    const docs = (result.data?.[spec.plural] as { docs: { id: Id }[] } | null)?.docs ?? []

    return docs.map((doc) => doc.id)
  },
  create: async (who, spec, tenant) => {
    const result = await graphqlAs(
      config,
      who,
      `mutation ($data: mutation${spec.singular}Input!) { create${spec.singular}(data: $data) { id } }`,
      { data: { ...spec.data(), tenant } },
    )

    return createPassedAccess(spec, result)
  },
  update: async (who, spec, id) => {
    const result = await graphqlAs(
      config,
      who,
      `mutation ($id: Int!, $data: mutation${spec.singular}UpdateInput!) { update${spec.singular}(id: $id, data: $data) { id } }`,
      { id, data: spec.change },
    )

    return !result.errors && Boolean(result.data?.[`update${spec.singular}`])
  },
  remove: async (who, spec, id) => {
    const result = await graphqlAs(
      config,
      who,
      `mutation ($id: Int!) { delete${spec.singular}(id: $id) { id } }`,
      { id },
    )

    return !result.errors && Boolean(result.data?.[`delete${spec.singular}`])
  },
}

const apis: [string, Api][] = [
  ['Local API', localApi],
  ['REST', restApi],
  ['GraphQL', graphqlApi],
]

beforeAll(async () => {
  if (!reachable) {
    return
  }
  t = await startTestPayload()
  payload = t.payload
  config = t.config
  world = await createMatrixWorld(payload, 'uploads')
}, 300_000)

afterAll(async () => {
  await t?.stop()
})

describe.skipIf(!reachable).each(apis)('upload and settings access through %s', (via, api) => {
  it.each(specs.map((spec) => [spec.slug, spec] as const))(
    '%s',
    async (_slug, spec) => {
      const got: string[] = []
      const want: string[] = []
      const check = (cell: string, outcome: boolean, designed: boolean) => {
        got.push(`${cell}: ${outcome}`)
        want.push(`${cell}: ${designed}`)
      }

      for (const role of roles) {
        const fixture = [await seed(spec, world.tenants.own), await seed(spec, world.tenants.other)]
        const visible = await api.list(actor(role), spec)
        spec.expected.read(role).forEach((designed, index) => {
          check(
            `${role} read ${index === 0 ? 'own' : 'other'}`,
            visible.includes(fixture[index]!),
            designed,
          )
        })
        for (const own of [true, false]) {
          const where = own ? 'own' : 'other'
          await clearSingleton(spec, tenantOf(own))
          check(
            `${role} create ${where}`,
            await api.create(actor(role), spec, tenantOf(own)),
            spec.expected.create(role, own),
          )
          const target = await seed(spec, tenantOf(own))
          const updated = await api.update(actor(role), spec, target)
          const stored = await payload.findByID({ collection: spec.slug, id: target, depth: 0 })
          const [field, value] = Object.entries(spec.change)[0]!
          check(`${role} update ${where}`, updated, spec.expected.update(role, own))
          check(
            `${role} update ${where} stored`,
            (stored as unknown as Record<string, unknown>)[field] === value,
            spec.expected.update(role, own),
          )
          const victim = await seed(spec, tenantOf(own))
          const removed = await api.remove(actor(role), spec, victim)
          const left = await payload.find({
            collection: spec.slug,
            where: { id: { equals: victim } },
          })
          check(`${role} delete ${where}`, removed, spec.expected.delete(role, own))
          check(
            `${role} delete ${where} gone`,
            left.totalDocs === 0,
            spec.expected.delete(role, own),
          )
        }
      }
      expect(got, `${via} ${spec.slug}`).toEqual(want)
    },
    300_000,
  )
})

/** Staff accounts: who may see, add, change and remove whom. */
const staffExpected = {
  /** [a user of own tenant, a user of the other tenant] */
  read: (role: Role): [boolean, boolean] =>
    role === 'platform-admin'
      ? [true, true]
      : role === 'tenant-admin'
        ? [true, false]
        : [false, false],
  manage: (role: Role, own: boolean) =>
    role === 'platform-admin' || (own && role === 'tenant-admin'),
}

let userCounter = 0
/** Platform admins the tests themselves create; no other account may become one. */
const designedAdmins = new Set<string>()
const newEmail = () => `staff-${(userCounter += 1)}@uploads.test`

async function seedUser(tenant: Id, role = 'contributor'): Promise<Id> {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: newEmail(),
      password: 'matrix-password',
      tenants: [{ tenant, roles: [role] }],
    } as never,
  })

  return user.id
}

/** The stored platform roles and tenant rows of a user, as plain strings. */
async function grantsOf(id: Id): Promise<string> {
  const user = (await payload.findByID({ collection: 'users', id, depth: 0 })) as {
    roles?: string[] | null
    tenants?: { tenant: Id | { id: Id }; roles?: string[] | null }[] | null
  }
  const rows = (user.tenants ?? []).map((row) => {
    const tenant = typeof row.tenant === 'object' ? row.tenant.id : row.tenant

    return `${tenant}:${[...(row.roles ?? [])].sort().join('+')}`
  })

  return `roles=${[...(user.roles ?? [])].sort().join('+')} tenants=${rows.sort().join(',')}`
}

type StaffApi = {
  list: (who: Actor) => Promise<Id[]>
  create: (who: Actor, data: Record<string, unknown>) => Promise<boolean>
  update: (who: Actor, id: Id, data: Record<string, unknown>) => Promise<boolean>
  remove: (who: Actor, id: Id) => Promise<boolean>
}

/** GraphQL enum values cannot hold a hyphen; Payload names them with underscores. */
const toGraphqlEnums = (data: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(data), (key, value: unknown) =>
    key === 'roles' && Array.isArray(value)
      ? value.map((role) => String(role).replace(/-/g, '_'))
      : value,
  ) as Record<string, unknown>

const staffApis: [string, StaffApi][] = [
  [
    'Local API',
    {
      list: async (who) =>
        (
          await payload
            .find({
              collection: 'users',
              limit: 500,
              depth: 0,
              overrideAccess: false,
              user: who.user ?? undefined,
            })
            // Anonymous callers are refused outright rather than shown an empty list.
            .catch(() => ({ docs: [] as { id: Id }[] }))
        ).docs.map((doc) => doc.id),
      create: (who, data) =>
        succeeds(() =>
          payload.create({
            collection: 'users',
            data: data as never,
            overrideAccess: false,
            user: who.user ?? undefined,
          }),
        ),
      update: (who, id, data) =>
        succeeds(() =>
          payload.update({
            collection: 'users',
            id,
            data: data as never,
            overrideAccess: false,
            user: who.user ?? undefined,
          }),
        ),
      remove: (who, id) =>
        succeeds(() =>
          payload.delete({
            collection: 'users',
            id,
            overrideAccess: false,
            user: who.user ?? undefined,
          }),
        ),
    },
  ],
  [
    'REST',
    {
      list: async (who) => {
        const response = await restAs(config, who, 'GET', '/users?limit=500&depth=0')

        return (((await response.json()) as { docs?: { id: Id }[] }).docs ?? []).map(
          (doc) => doc.id,
        )
      },
      create: async (who, data) => (await restAs(config, who, 'POST', '/users', data)).status < 300,
      update: async (who, id, data) =>
        (await restAs(config, who, 'PATCH', `/users/${id}`, data)).status < 300,
      remove: async (who, id) => (await restAs(config, who, 'DELETE', `/users/${id}`)).status < 300,
    },
  ],
  [
    'GraphQL',
    {
      list: async (who) => {
        const result = await graphqlAs(config, who, '{ Users(limit: 500) { docs { id } } }')

        return ((result.data?.Users as { docs: { id: Id }[] } | null)?.docs ?? []).map(
          (doc) => doc.id,
        )
      },
      create: async (who, data) => {
        const result = await graphqlAs(
          config,
          who,
          'mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }',
          { data: toGraphqlEnums(data) },
        )

        return !result.errors && Boolean(result.data?.createUser)
      },
      update: async (who, id, data) => {
        const result = await graphqlAs(
          config,
          who,
          'mutation ($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }',
          { id, data: toGraphqlEnums(data) },
        )

        return !result.errors && Boolean(result.data?.updateUser)
      },
      remove: async (who, id) => {
        const result = await graphqlAs(
          config,
          who,
          'mutation ($id: Int!) { deleteUser(id: $id) { id } }',
          { id },
        )

        return !result.errors && Boolean(result.data?.deleteUser)
      },
    },
  ],
]

describe.skipIf(!reachable).each(staffApis)('staff accounts through %s', (_via, api) => {
  it('each role reads, adds, changes and removes only the staff the design allows', async () => {
    const got: string[] = []
    const want: string[] = []
    const check = (cell: string, outcome: boolean, designed: boolean) => {
      got.push(`${cell}: ${outcome}`)
      want.push(`${cell}: ${designed}`)
    }
    const fixture = [await seedUser(world.tenants.own), await seedUser(world.tenants.other)]

    for (const role of roles) {
      const who = actor(role)
      const visible = await api.list(who)
      staffExpected.read(role).forEach((designed, index) => {
        check(
          `${role} read ${index === 0 ? 'own' : 'other'}`,
          visible.includes(fixture[index]!),
          designed,
        )
      })
      for (const own of [true, false]) {
        const where = own ? 'own' : 'other'
        const tenant = tenantOf(own)
        check(
          `${role} create ${where}`,
          await api.create(who, {
            email: newEmail(),
            password: 'matrix-password',
            tenants: [{ tenant, roles: ['contributor'] }],
          }),
          staffExpected.manage(role, own),
        )
        const target = await seedUser(tenant)
        check(
          `${role} update ${where}`,
          await api.update(who, target, { name: `renamed by ${role}` }),
          staffExpected.manage(role, own),
        )
        const victim = await seedUser(tenant)
        const removed = await api.remove(who, victim)
        const left = await payload.find({ collection: 'users', where: { id: { equals: victim } } })
        check(
          `${role} delete ${where}`,
          removed && left.totalDocs === 0,
          staffExpected.manage(role, own),
        )
      }
    }
    expect(got).toEqual(want)
  }, 300_000)

  it('nobody but a platform admin grants platform roles or moves staff across tenants', async () => {
    const { own, other } = world.tenants
    const cells: string[] = []
    const attempt = async (role: Role, cell: string, target: Id, run: () => Promise<boolean>) => {
      const before = await grantsOf(target)
      const allowed = await run()
      const after = await grantsOf(target)
      cells.push(
        `${role} ${cell}: ${allowed ? 'allowed' : 'refused'}, ${before === after ? 'unchanged' : 'changed'}`,
      )
    }

    for (const role of ['tenant-admin', 'editor', 'contributor'] as const) {
      const self = actor(role).user!.id as Id
      await attempt(role, 'makes self platform admin', self, () =>
        api.update(actor(role), self, { roles: ['platform-admin'] }),
      )
      await attempt(role, 'gives self the other tenant', self, () =>
        api.update(actor(role), self, {
          tenants: [
            { tenant: own, roles: [role] },
            { tenant: other, roles: ['tenant-admin'] },
          ],
        }),
      )
      await attempt(role, 'creates a platform admin', self, () =>
        api.create(actor(role), {
          email: newEmail(),
          password: 'matrix-password',
          roles: ['platform-admin'],
          tenants: [{ tenant: own, roles: ['contributor'] }],
        }),
      )
    }
    await attempt('editor', 'makes self tenant admin', actor('editor').user!.id as Id, () =>
      api.update(actor('editor'), actor('editor').user!.id as Id, {
        tenants: [{ tenant: own, roles: ['tenant-admin'] }],
      }),
    )
    const colleague = await seedUser(own)
    await attempt('tenant-admin', 'moves a colleague to the other tenant', colleague, () =>
      api.update(actor('tenant-admin'), colleague, {
        tenants: [{ tenant: other, roles: ['editor'] }],
      }),
    )
    await attempt('tenant-admin', 'promotes a colleague to editor', colleague, () =>
      api.update(actor('tenant-admin'), colleague, {
        tenants: [{ tenant: own, roles: ['editor'] }],
      }),
    )
    const admin = await payload.create({
      collection: 'users',
      data: {
        email: newEmail(),
        password: 'matrix-password',
        roles: ['platform-admin'],
        tenants: [{ tenant: own, roles: ['editor'] }],
      } as never,
    })
    designedAdmins.add(admin.email)
    await attempt('tenant-admin', 'renames a platform admin of the tenant', admin.id, async () => {
      const allowed = await api.update(actor('tenant-admin'), admin.id, { name: 'renamed' })
      const stored = await payload.findByID({ collection: 'users', id: admin.id, depth: 0 })

      return allowed || stored.name === 'renamed'
    })
    await attempt('tenant-admin', 'removes a platform admin of the tenant', admin.id, async () => {
      const allowed = await api.remove(actor('tenant-admin'), admin.id)
      const left = await payload.count({ collection: 'users', where: { id: { equals: admin.id } } })

      return allowed || left.totalDocs === 0
    })
    const platformTarget = await seedUser(own)
    await attempt('platform-admin', 'moves staff to the other tenant', platformTarget, () =>
      api.update(actor('platform-admin'), platformTarget, {
        tenants: [{ tenant: other, roles: ['editor'] }],
      }),
    )

    expect(cells).toEqual([
      'tenant-admin makes self platform admin: refused, unchanged',
      'tenant-admin gives self the other tenant: refused, unchanged',
      'tenant-admin creates a platform admin: refused, unchanged',
      'editor makes self platform admin: refused, unchanged',
      'editor gives self the other tenant: refused, unchanged',
      'editor creates a platform admin: refused, unchanged',
      'contributor makes self platform admin: refused, unchanged',
      'contributor gives self the other tenant: refused, unchanged',
      'contributor creates a platform admin: refused, unchanged',
      'editor makes self tenant admin: refused, unchanged',
      'tenant-admin moves a colleague to the other tenant: refused, unchanged',
      'tenant-admin promotes a colleague to editor: allowed, changed',
      'tenant-admin renames a platform admin of the tenant: refused, unchanged',
      'tenant-admin removes a platform admin of the tenant: refused, unchanged',
      'platform-admin moves staff to the other tenant: allowed, changed',
    ])
    const platformAdmins = await payload.find({
      collection: 'users',
      where: { roles: { in: ['platform-admin'] } },
      depth: 0,
    })
    expect(
      platformAdmins.docs
        .map((user) => user.email)
        .filter((email) => email !== 'platform-admin@uploads.test')
        .every((email) => designedAdmins.has(email)),
    ).toBe(true)
  }, 300_000)
})
