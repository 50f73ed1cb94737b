import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { adminToken, call, sql } from '../helpers/api'

const PASSWORD = 'hoaban-demo'

type SignIn = {
  status: number
  retryAfter: string | null
  body: { token?: string; message?: string }
}

async function signIn(email: string, password: string, clientIp?: string): Promise<SignIn> {
  const response = await fetch(`${inject('commerceUrl')}/auth/cooperative_member/emailpass`, {
    method: 'POST',
    // The storefront signs members in server-side and passes their address on.
    headers: {
      'content-type': 'application/json',
      ...(clientIp ? { 'x-forwarded-for': clientIp } : {}),
    },
    body: JSON.stringify({ email, password }),
  })

  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json().catch(() => ({}))) as SignIn['body'],
  }
}

type Message = { to: string; data: { link?: string } }

/** The messages the folder notification provider wrote with this template, to this address. */
async function messages(template: string, to: string): Promise<Message[]> {
  const dir = inject('notificationsDir')
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) =>
    f.startsWith(`${template}-`),
  )
  const all = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8'))),
  )

  return all.filter((m) => m.to === to)
}

/** Lets the throttle window of an email pass, as the clock would after 15 minutes. */
async function expireWindow(email: string): Promise<void> {
  const rows = await sql(`update sign_in_throttle set expire = $1 where key = $2 returning key`, [
    Date.now() - 1000,
    `member-email:${email.toLowerCase()}`,
  ])
  expect(rows).toHaveLength(1)
}

/** The demo member of the n-th cooperative (by handle) of a tenant. */
async function demoMember(tenant: string, n: number) {
  const rows = await sql<{ id: string; handle: string; email: string }>(
    `select c.id, c.handle, m.email from cooperative c
     join cooperative_member m on m.cooperative_id = c.id and m.deleted_at is null
     where c.tenant_slug = $1 and c.deleted_at is null order by c.handle`,
    [tenant],
  )
  const row = rows[n]
  if (!row) throw new Error(`no cooperative ${n} in ${tenant}`)

  return row
}

describe('cooperative member sign-in throttle', () => {
  it('counts 20 parallel wrong passwords before checking them: at most 5 are tried', async () => {
    const { email } = await demoMember('dien-bien-phu', 2)

    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(email, `wrong-password-${i}`)),
    )
    const refused = replies.filter((r) => r.status === 429)
    const checked = replies.filter((r) => r.status === 401)

    expect(checked.length).toBeLessThanOrEqual(5)
    expect(checked.length + refused.length).toBe(20)
    expect(refused.length).toBeGreaterThanOrEqual(15)
    const retryAfter = Number(refused[0]?.retryAfter)
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(900)
    expect(refused[0]?.body.message).toMatch(/too many failed sign-ins/i)

    // Even the right password waits for the window, whatever the letter case of the email.
    expect((await signIn(email.toUpperCase(), PASSWORD)).status).toBe(429)

    await expireWindow(email)
    const after = await signIn(email, PASSWORD)
    expect(after.status).toBe(200)
    expect(after.body.token).toEqual(expect.any(String))
  })

  it('clears the count of an email on a successful sign-in', async () => {
    const { email } = await demoMember('dien-bien-phu', 3)

    for (let i = 0; i < 4; i += 1) expect((await signIn(email, `nope-${i}`)).status).toBe(401)
    expect((await signIn(email, PASSWORD)).status).toBe(200)
    // Five fresh failures are checked again; only the sixth is refused.
    for (let i = 0; i < 5; i += 1) expect((await signIn(email, `nope-${i}`)).status).toBe(401)
    expect((await signIn(email, PASSWORD)).status).toBe(429)

    await expireWindow(email)
    expect((await signIn(email, PASSWORD)).status).toBe(200)
  })

  it('refuses an address after 50 failures across emails, and only that address', async () => {
    const attacker = '203.0.113.7'
    for (let batch = 0; batch < 5; batch += 1) {
      const replies = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          signIn(`guess-${batch}-${i}@example.vn`, 'wrong-password', attacker),
        ),
      )
      expect(replies.map((r) => r.status)).toEqual(Array(10).fill(401))
    }

    const refused = await signIn('one-more@example.vn', 'wrong-password', attacker)
    expect(refused.status).toBe(429)
    expect(refused.body.message).toMatch(/network/)
    expect((await signIn('one-more@example.vn', 'wrong-password', '203.0.113.8')).status).toBe(401)
  })

  it('issues tokens that expire after 12 hours', async () => {
    const { email } = await demoMember('dien-bien-phu', 4)
    const { body } = await signIn(email, PASSWORD)
    const payload = JSON.parse(
      Buffer.from(String(body.token).split('.')[1] ?? '', 'base64url').toString(),
    ) as { iat: number; exp: number; actor_type: string }

    expect(payload.actor_type).toBe('cooperative_member')
    expect(payload.exp - payload.iat).toBe(12 * 3600)
  })
})

/** Asks for a reset link; answers the status and the link written to the folder, if any. */
async function requestReset(email: string): Promise<{ status: number; link: URL | null }> {
  const before = (await messages('portal-password-reset', email)).length
  const response = await fetch(
    `${inject('commerceUrl')}/auth/cooperative_member/emailpass/reset-password`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: email }),
    },
  )
  let link: URL | null = null
  for (let i = 0; i < 20 && !link; i += 1) {
    const found = await messages('portal-password-reset', email)
    if (found.length > before) {
      const latest = found
        .map((m) => new URL(String(m.data.link)))
        .find((url) => !seenLinks.has(url.toString()))
      if (latest) {
        seenLinks.add(latest.toString())
        link = latest
      }
    }
    if (!link) await new Promise((r) => setTimeout(r, 250))
  }

  return { status: response.status, link }
}
const seenLinks = new Set<string>()

describe('password reset of a cooperative member', () => {
  it('writes a link to the tenant storefront whose token sets a new password', async () => {
    const { email } = await demoMember('muong-phang', 0)
    const reset = await requestReset(email)
    expect(reset.status).toBe(201)
    const link = reset.link
    expect(link?.origin).toBe('http://muong-phang.localhost:8000')
    expect(link?.pathname).toBe('/portal/reset-password')
    expect(link?.searchParams.get('email')).toBe(email)
    const token = link?.searchParams.get('token') ?? ''

    const update = await call('POST', '/auth/cooperative_member/emailpass/update', {
      token,
      body: { email, password: 'a-new-password-2026' },
    })
    expect(update.status).toBe(200)
    expect(update.body).toEqual({ success: true })
    expect((await signIn(email, PASSWORD)).status).toBe(401)
    expect((await signIn(email, 'a-new-password-2026')).status).toBe(200)
    // The reset token works once.
    const again = await call('POST', '/auth/cooperative_member/emailpass/update', {
      token,
      body: { email, password: 'yet-another-password' },
    })
    expect(again.status).toBe(401)

    // Back to the demo password for the other test files, through a second link.
    const second = await requestReset(email)
    const restored = await call('POST', '/auth/cooperative_member/emailpass/update', {
      token: second.link?.searchParams.get('token') ?? '',
      body: { email, password: PASSWORD },
    })
    expect(restored.status).toBe(200)
    expect((await signIn(email, PASSWORD)).status).toBe(200)
  })

  it('answers 201 for an unknown email and writes nothing', async () => {
    const email = 'nobody-here@example.vn'
    const reset = await requestReset(email)

    expect(reset.status).toBe(201)
    expect(reset.link).toBeNull()
  })
})

// Regression: a portal token copied before sign-out or a password reset kept working until it
// expired, 12 hours later.
describe('ending a member session', () => {
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

  it('signing out ends every token issued so far; a new sign-in works', async () => {
    const { email } = await demoMember('dien-bien-phu', 7)
    const first = (await signIn(email, PASSWORD)).body.token ?? ''
    const second = (await signIn(email, PASSWORD)).body.token ?? ''
    expect((await call('GET', '/vendor/me', { token: first })).status).toBe(200)

    expect((await call('POST', '/vendor/sign-out', { token: first })).status).toBe(200)

    expect((await call('GET', '/vendor/me', { token: first })).status).toBe(401)
    expect((await call('GET', '/vendor/me', { token: second })).status).toBe(401)
    await pause(1100)
    const fresh = (await signIn(email, PASSWORD)).body.token ?? ''
    expect((await call('GET', '/vendor/me', { token: fresh })).status).toBe(200)
  })

  it('a new password ends the tokens signed in with the old one', async () => {
    const { email } = await demoMember('dien-bien-phu', 8)
    const old = (await signIn(email, PASSWORD)).body.token ?? ''
    expect((await call('GET', '/vendor/orders', { token: old })).status).toBe(200)

    const reset = await requestReset(email)
    const update = await call('POST', '/auth/cooperative_member/emailpass/update', {
      token: reset.link?.searchParams.get('token') ?? '',
      body: { email, password: 'a-fresh-password-2026' },
    })
    expect(update.status).toBe(200)

    expect((await call('GET', '/vendor/orders', { token: old })).status).toBe(401)
    // Back to the demo password for the other test files.
    await pause(1100)
    const back = await requestReset(email)
    const restored = await call('POST', '/auth/cooperative_member/emailpass/update', {
      token: back.link?.searchParams.get('token') ?? '',
      body: { email, password: PASSWORD },
    })
    expect(restored.status).toBe(200)
    await pause(1100)
    const fresh = (await signIn(email, PASSWORD)).body.token ?? ''
    expect((await call('GET', '/vendor/orders', { token: fresh })).status).toBe(200)
  })
})

describe('member invites', () => {
  let platform: string
  let muongPhangAdmin: string
  let ownCoop: { id: string }
  let otherCoop: { id: string }

  async function adminSignIn(email: string): Promise<string> {
    const reply = await call('POST', '/auth/user/emailpass', {
      body: { email, password: PASSWORD },
    })
    expect(reply.status).toBe(200)

    return reply.body.token
  }

  async function invite(token: string, coopId: string, email: string) {
    const reply = await call('POST', `/admin/hoaban/cooperatives/${coopId}/invites`, {
      token,
      body: { email, name: 'Lò Thị Hoa' },
    })
    if (reply.status !== 201) return { reply, token: null }
    let message: Message | undefined
    for (let i = 0; i < 20 && !message; i += 1) {
      message = (await messages('portal-invite', email))[0]
      if (!message) await new Promise((r) => setTimeout(r, 250))
    }

    return { reply, token: new URL(String(message?.data.link)).searchParams.get('token') }
  }

  beforeAll(async () => {
    platform = await adminToken()
    muongPhangAdmin = await adminSignIn('tenant-admin@muong-phang.hoaban.local')
    ownCoop = await demoMember('muong-phang', 0)
    otherCoop = await demoMember('dien-bien-phu', 5)
  })

  it('accepts an invite once and signs the new member in', async () => {
    const email = 'lo.thi.hoa@example.vn'
    const { reply, token } = await invite(muongPhangAdmin, ownCoop.id, email)
    expect(reply.body.invite).toMatchObject({ id: expect.any(String), email })
    const days = (Date.parse(reply.body.invite.expires_at) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)
    const [stored] = await sql(`select token_hash from member_invite where email = $1`, [email])
    expect(stored.token_hash).not.toBe(token)

    const shown = await call('GET', `/hoaban/portal/invites/${token}`)
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({ email, cooperative: { name_vi: expect.any(String) } })

    const short = await call('POST', '/hoaban/portal/invites/accept', {
      body: { token, password: 'short' },
    })
    expect(short.status).toBe(400)
    expect(short.body.message).toMatch(/password/)

    const accepted = await call('POST', '/hoaban/portal/invites/accept', {
      body: { token, password: 'mat-khau-cua-hoa' },
    })
    expect(accepted.status).toBe(201)
    const me = await call('GET', '/vendor/me', { token: accepted.body.token })
    expect(me.status).toBe(200)
    expect(me.body.cooperative.id).toBe(ownCoop.id)
    expect((await signIn(email, 'mat-khau-cua-hoa')).status).toBe(200)

    const again = await call('POST', '/hoaban/portal/invites/accept', {
      body: { token, password: 'mat-khau-cua-hoa' },
    })
    expect(again.status).toBe(400)
    expect(again.body.message).toBe('token: expired or already used')
    expect((await call('GET', `/hoaban/portal/invites/${token}`)).status).toBe(404)

    const listed = await call('GET', `/admin/hoaban/cooperatives/${ownCoop.id}/invites`, {
      token: muongPhangAdmin,
    })
    expect(
      listed.body.invites.find((i: { email: string }) => i.email === email)?.accepted_at,
    ).toBeTruthy()
  })

  it('refuses an expired invite', async () => {
    const email = 'expired.invite@example.vn'
    const { token } = await invite(platform, ownCoop.id, email)
    await sql(
      `update member_invite set expires_at = now() - interval '1 minute' where email = $1`,
      [email],
    )

    expect((await call('GET', `/hoaban/portal/invites/${token}`)).status).toBe(404)
    const accepted = await call('POST', '/hoaban/portal/invites/accept', {
      body: { token, password: 'long-enough-password' },
    })
    expect(accepted.status).toBe(400)
    expect(accepted.body.message).toBe('token: expired or already used')
    const members = await sql(`select id from cooperative_member where email = $1`, [email])
    expect(members).toHaveLength(0)
  })

  it("keeps a tenant admin out of another tenant's cooperatives; the platform admin is not", async () => {
    const email = 'someone.else@example.vn'
    const foreign = await invite(muongPhangAdmin, otherCoop.id, email)
    expect(foreign.reply.status).toBe(404)
    const list = await call('GET', `/admin/hoaban/cooperatives/${otherCoop.id}/invites`, {
      token: muongPhangAdmin,
    })
    expect(list.status).toBe(404)
    expect(await sql(`select id from member_invite where email = $1`, [email])).toHaveLength(0)

    expect((await invite(platform, otherCoop.id, email)).reply.status).toBe(201)
  })
})
