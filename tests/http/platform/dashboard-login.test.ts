import { describe, expect, it } from 'vitest'
import { stack } from '../../support/stack.ts'

// Regression: `medusa start` forces NODE_ENV=production, and Medusa then marked the dashboard's
// session cookie Secure, so over plain http the browser dropped it and the log-in looped.
describe('commerce dashboard log-in over plain http', () => {
  it('sets a session cookie the browser keeps and that opens the admin API', async () => {
    const login = await fetch(`${stack.commerce}/auth/user/emailpass`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: stack.adminEmail, password: stack.adminPassword }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }

    const session = await fetch(`${stack.commerce}/auth/session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(session.status).toBe(200)
    const cookie = session.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/connect\.sid=/)
    expect(new URL(stack.commerce).protocol).toBe('http:')
    expect(cookie.toLowerCase()).not.toContain('secure')

    const me = await fetch(`${stack.commerce}/admin/users/me`, {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    })
    expect(me.status).toBe(200)
  })
})
