/** Calls commerce's admin API from the dashboard with its session cookie. */
export async function adminFetch<T>(
  path: string,
  init?: { method?: string; body?: unknown },
): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? 'GET',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = (await response.json()) as T & { message?: string }
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)

  return body
}
