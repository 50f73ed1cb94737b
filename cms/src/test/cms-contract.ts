import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** A running CMS on some database, and how to stop it and remove its data. */
export type ContractCms = { payload: Payload; config: SanitizedConfig; stop: () => Promise<void> }

type Id = number | string
type Who = { user?: Record<string, unknown>; token?: string }

/**
 * The access and draft behaviour every database adapter must give the same way: tenants stay
 * apart, contributors do not publish, drafts never reach anonymous readers (REST, Local API),
 * publishing one locale leaves the other's draft unpublished, and only the preview key reads
 * drafts. `start` brings up a CMS on an empty database; the suite creates what it needs.
 */
export function defineCmsContract(
  title: string,
  options: { skip: boolean; start: () => Promise<ContractCms>; previewSecret: string },
): void {
  describe.skipIf(options.skip)(title, () => {
    let cms: ContractCms
    const tenants: Record<'own' | 'other', Id> = { own: 0, other: 0 }
    const staff = new Map<string, Who>()
    let counter = 0
    const slug = () => `contract-${(counter += 1)}`

    const rest = async (who: Who, method: string, path: string, body?: unknown) => {
      const headers = new Headers()
      if (body !== undefined) {
        headers.set('content-type', 'application/json')
      }
      if (who.token) {
        headers.set('authorization', `JWT ${who.token}`)
      }
      const response = await handleEndpoints({
        config: cms.config,
        request: new Request(`http://localhost/api${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      })

      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    }
    const story = (tenant: Id, status: 'draft' | 'published', title = 'story') =>
      cms.payload.create({
        collection: 'stories',
        draft: status === 'draft',
        context: { skipSearchSync: true },
        data: { title, slug: slug(), tenant, _status: status } as never,
      })
    const attempt = async (run: () => Promise<unknown>) =>
      run().then(
        () => 'allowed',
        () => 'refused',
      )

    beforeAll(async () => {
      cms = await options.start()
      for (const key of ['own', 'other'] as const) {
        tenants[key] = (
          await cms.payload.create({
            collection: 'tenants',
            data: { name: key, slug: `contract-${key}`, defaultLocale: 'vi' },
          })
        ).id
      }
      for (const role of ['tenant-admin', 'editor', 'contributor']) {
        const email = `${role}@contract.test`
        await cms.payload.create({
          collection: 'users',
          data: {
            email,
            password: 'contract-password',
            tenants: [{ tenant: tenants.own, roles: [role] }],
          } as never,
        })
        const login = await cms.payload.login({
          collection: 'users',
          data: { email, password: 'contract-password' },
        })
        const user = await cms.payload.findByID({ collection: 'users', id: login.user!.id })
        staff.set(role, { user: { ...user, collection: 'users' }, token: login.token })
      }
    }, 300_000)

    afterAll(async () => {
      await cms?.stop()
    })

    it('keeps tenants apart and lets only editors publish', async () => {
      const editor = staff.get('editor')!
      const contributor = staff.get('contributor')!
      const other = await story(tenants.other, 'published')
      const mine = await story(tenants.own, 'draft')
      const local = (who: Who) => ({ overrideAccess: false, user: who.user as never })

      const seen = await cms.payload.find({ collection: 'stories', ...local(editor), draft: true })
      expect(seen.docs.map((doc) => String(doc.id))).toContain(String(mine.id))
      expect(seen.docs.map((doc) => String(doc.id))).not.toContain(String(other.id))
      expect(
        await attempt(() =>
          cms.payload.update({
            collection: 'stories',
            id: other.id,
            data: { title: 'taken' },
            ...local(editor),
          }),
        ),
      ).toBe('refused')
      const patched = await rest(editor, 'PATCH', `/stories/${other.id}`, { title: 'x' })
      expect(patched.status >= 400 && patched.status < 500).toBe(true)
      expect(
        (
          await rest(contributor, 'POST', '/stories', {
            title: 'c',
            slug: slug(),
            tenant: tenants.own,
            _status: 'published',
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await rest(contributor, 'POST', '/stories?draft=true', {
            title: 'c',
            slug: slug(),
            tenant: tenants.own,
            _status: 'draft',
          })
        ).status,
      ).toBe(201)
      expect(
        (
          await rest(staff.get('tenant-admin')!, 'PATCH', `/users/${editor.user!.id}`, {
            roles: ['platform-admin'],
          })
        ).status,
      ).toBe(403)
      expect((await cms.payload.findByID({ collection: 'stories', id: other.id })).title).toBe(
        'story',
      )
    })

    it('never shows a draft to anonymous readers, and shows drafts to the preview key only', async () => {
      const draft = await story(tenants.own, 'draft', 'secret draft')
      const anonymous = await cms.payload.find({
        collection: 'stories',
        draft: true,
        overrideAccess: false,
      })
      const restAnonymous = await rest({}, 'GET', '/stories?draft=true&limit=100')
      const byId = await rest({}, 'GET', `/stories/${draft.id}?draft=true`)
      const preview = await handleEndpoints({
        config: cms.config,
        request: new Request('http://localhost/api/stories?draft=true&limit=100', {
          headers: { 'x-hoaban-preview-key': options.previewSecret },
        }),
      })
      const ids = (docs: unknown) => ((docs as { id: Id }[]) ?? []).map((doc) => String(doc.id))

      expect(ids(anonymous.docs)).not.toContain(String(draft.id))
      expect(ids(restAnonymous.json.docs)).not.toContain(String(draft.id))
      expect(byId.json.title).toBeUndefined()
      expect(ids(((await preview.json()) as { docs: unknown }).docs)).toContain(String(draft.id))
    })

    it('publishes the Vietnamese changes while the English draft stays unpublished', async () => {
      const doc = await cms.payload.create({
        collection: 'stories',
        locale: 'vi',
        context: { skipSearchSync: true },
        data: { title: 'vi v1', slug: slug(), tenant: tenants.own, _status: 'published' } as never,
      })
      const save = (locale: 'vi' | 'en', data: Record<string, unknown>, draft: boolean) =>
        cms.payload.update({
          collection: 'stories',
          id: doc.id,
          locale,
          draft,
          context: { skipSearchSync: true },
          data: data as never,
          ...(draft || locale === 'en' ? {} : { publishSpecificLocale: 'vi' }),
        })
      await save('en', { title: 'en v1', _status: 'published' }, false)
      await save('en', { title: 'en v2 draft', _status: 'draft' }, true)
      await save('vi', { title: 'vi v2', _status: 'draft' }, true)
      await save('vi', { _status: 'published' }, false)
      const read = async (locale: string) =>
        (await rest({}, 'GET', `/stories/${doc.id}?locale=${locale}`)).json.title

      expect(await read('vi')).toBe('vi v2')
      expect(await read('en')).toBe('en v1')
    })
  })
}
