import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminToken, call, sql } from '../helpers/api'

const TENANT_ADMIN = 'tenant-admin@dien-bien-phu.hoaban.local'
const OWN_APPROVAL = 'appr_scope_test_dien_bien_phu'
const FOREIGN_APPROVAL = 'appr_scope_test_muong_phang'

async function tenantAdminToken(): Promise<string> {
  const reply = await call<{ token: string }>('POST', '/auth/user/emailpass', {
    body: { email: TENANT_ADMIN, password: 'hoaban-demo' },
  })
  if (reply.status !== 200) throw new Error(`tenant admin sign-in ${reply.status}`)

  return reply.body.token
}

/** A published product of one of the tenant's cooperatives, and that cooperative. */
async function productOf(tenant: string): Promise<{ productId: string; cooperativeId: string }> {
  const [row] = await sql<{ product_id: string; cooperative_id: string }>(
    `select p.id as product_id, c.id as cooperative_id from cooperative c
     join cooperative_cooperative_product_product l
       on l.cooperative_id = c.id and l.deleted_at is null
     join product p on p.id = l.product_id and p.deleted_at is null and p.status = 'published'
     where c.tenant_slug = $1 and c.deleted_at is null order by p.handle limit 1`,
    [tenant],
  )
  if (!row) throw new Error(`no published product for ${tenant}`)

  return { productId: row.product_id, cooperativeId: row.cooperative_id }
}

async function insertPendingApproval(id: string, tenant: string): Promise<void> {
  const { productId, cooperativeId } = await productOf(tenant)
  await sql(
    `insert into product_approval (id, kind, status, product_id, cooperative_id, tenant_slug,
     created_at, updated_at) values ($1, 'certificate', 'pending', $2, $3, $4, now(), now())`,
    [id, productId, cooperativeId, tenant],
  )
}

describe("tenant admins kept to their tenant's work in the admin API", () => {
  let tenantAdmin: string
  let platformAdmin: string
  let productId: string

  beforeAll(async () => {
    tenantAdmin = await tenantAdminToken()
    platformAdmin = await adminToken()
    productId = (await productOf('dien-bien-phu')).productId
    await insertPendingApproval(OWN_APPROVAL, 'dien-bien-phu')
    await insertPendingApproval(FOREIGN_APPROVAL, 'muong-phang')
  })

  afterAll(async () => {
    await sql(`delete from product_approval where id = any($1)`, [[OWN_APPROVAL, FOREIGN_APPROVAL]])
    await sql(`update product set status = 'published' where id = $1`, [productId])
  })

  it('refuses publishing a product, with a message naming platform operators', async () => {
    await sql(`update product set status = 'draft' where id = $1`, [productId])

    const reply = await call('POST', `/admin/products/${productId}`, {
      token: tenantAdmin,
      body: { status: 'published' },
    })

    expect(reply.status).toBe(403)
    expect(reply.body.message).toMatch(/platform operators/)
    const [row] = await sql(`select status from product where id = $1`, [productId])
    expect(row.status).toBe('draft')
  })

  it("refuses every tenant's orders and customers, and creating users or invites", async () => {
    const [platformUser] = await sql(`select id from "user" where email = 'admin@hoaban.local'`)
    const invitesBefore = await sql(`select id from invite where deleted_at is null`)

    const replies = await Promise.all([
      call('GET', '/admin/orders', { token: tenantAdmin }),
      call('GET', '/admin/customers', { token: tenantAdmin }),
      call('POST', '/admin/users', { token: tenantAdmin, body: { email: 'x@example.com' } }),
      call('POST', `/admin/users/${platformUser.id}`, {
        token: tenantAdmin,
        body: { first_name: 'Taken over' },
      }),
      call('POST', '/admin/invites', {
        token: tenantAdmin,
        body: { email: 'scope-test-tenant@example.com' },
      }),
      // Express routes paths case-insensitively; the guard does not widen to other spellings.
      call('GET', '/admin/Orders', { token: tenantAdmin }),
    ])

    expect(replies.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403])
    expect(await sql(`select id from invite where deleted_at is null`)).toHaveLength(
      invitesBefore.length,
    )
    const [user] = await sql(`select first_name from "user" where id = $1`, [platformUser.id])
    expect(user.first_name).not.toBe('Taken over')
  })

  it('reads its own user and only its own tenant’s approvals', async () => {
    const me = await call('GET', '/admin/users/me', { token: tenantAdmin })
    expect(me.status).toBe(200)
    expect(me.body.user).toMatchObject({
      email: TENANT_ADMIN,
      metadata: { tenant_slug: 'dien-bien-phu' },
    })

    const queue = await call('GET', '/admin/hoaban/approvals?status=pending', {
      token: tenantAdmin,
    })
    expect(queue.status).toBe(200)
    const ids = queue.body.approvals.map((a: { id: string }) => a.id)
    expect(ids).toContain(OWN_APPROVAL)
    expect(ids).not.toContain(FOREIGN_APPROVAL)
    const tenants = new Set(queue.body.approvals.map((a: { tenant_slug: string }) => a.tenant_slug))
    expect([...tenants]).toEqual(['dien-bien-phu'])

    // The approval routes pass the guard; another tenant's approval is then a 404.
    const foreign = await call('POST', `/admin/hoaban/approvals/${FOREIGN_APPROVAL}/reject`, {
      token: tenantAdmin,
      body: { reason: 'Không thuộc phường này' },
    })
    expect(foreign.status).toBe(404)
  })

  it('loads what the dashboard shell asks for around the approvals page', async () => {
    const shell = await Promise.all(
      [
        '/admin/stores',
        '/admin/layouts/configurations?limit=1&fields=id',
        '/admin/layouts/sidebar/configuration',
        '/admin/users/me/',
      ].map((route) => call('GET', route, { token: tenantAdmin })),
    )

    expect(shell.map((r) => r.status)).toEqual([200, 200, 200, 200])
  })

  it('leaves the platform admin every route, its publishing included', async () => {
    const reads = await Promise.all(
      ['/admin/orders', '/admin/customers', '/admin/users/me', '/admin/hoaban/approvals'].map(
        (route) => call('GET', route, { token: platformAdmin }),
      ),
    )
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200])
    const ids = reads[3]?.body.approvals.map((a: { id: string }) => a.id)
    expect(ids).toEqual(expect.arrayContaining([OWN_APPROVAL, FOREIGN_APPROVAL]))

    const published = await call('POST', `/admin/products/${productId}`, {
      token: platformAdmin,
      body: { status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.product.status).toBe('published')

    const invite = await call('POST', '/admin/invites', {
      token: platformAdmin,
      body: { email: `scope-test-${Date.now()}@example.com` },
    })
    expect(invite.status).toBe(200)
    // Medusa has no POST /admin/users (users join by invite): past the guard it is a 404.
    const createUser = await fetch(`${inject('commerceUrl')}/admin/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${platformAdmin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@example.com' }),
    })
    expect(createUser.status).toBe(404)
  })

  it('still answers 401 to an admin request without a signed-in user', async () => {
    const reply = await call('GET', '/admin/orders')

    expect(reply.status).toBe(401)
  })
})
