import { z } from 'zod'
import { stack } from './stack.ts'

/** Folds Vietnamese text for comparisons: no diacritics, đ → d, lower case, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok)
    throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 300)}`)

  return JSON.parse(text) as unknown
}

/** Logs the demo admin into the CMS; the answer is the `Authorization` header value. */
export async function cmsAdminAuthorization(): Promise<string> {
  const answer = await postJson(`${stack.cms}/api/users/login`, {
    email: stack.adminEmail,
    password: stack.adminPassword,
  })

  return `JWT ${z.object({ token: z.string() }).parse(answer).token}`
}

/** Logs the demo admin into commerce's admin API; the answer is the `Authorization` value. */
export async function commerceAdminAuthorization(): Promise<string> {
  const answer = await postJson(`${stack.commerce}/auth/user/emailpass`, {
    email: stack.adminEmail,
    password: stack.adminPassword,
  })

  return `Bearer ${z.object({ token: z.string() }).parse(answer).token}`
}

/** Calls an authenticated JSON API and parses the answer; fails loudly on a non-2xx answer. */
export async function callJson<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  authorization: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`)
  }

  return schema.parse(JSON.parse(text))
}
