import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { readMapAnchors } from '../../src/lib/catalog/map-anchors'
import { call, sql, tenantKey } from '../helpers/api'
import { commerceDir } from '../setup/start-commerce'

const anchors = readMapAnchors()

describe('map coordinates of the seeded store', () => {
  let key: string

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
  })

  it('shows an anchored cooperative at its heritage site and an unlocated one nowhere', async () => {
    const placed = await call('GET', '/store/hoaban/cooperatives/homestay-phuong-duc', { key })
    const unplaced = await call('GET', '/store/hoaban/cooperatives/htx-ong-mat-dien-bien', { key })
    const point = anchors('cooperative', 'homestay-phuong-duc')!

    expect(placed.status).toBe(200)
    expect(placed.body.cooperative).toMatchObject({ lat: point.lat, lng: point.lng })
    expect(unplaced.body.cooperative).toMatchObject({ lat: null, lng: null })
  })

  it('gives an anchored experience its origin and its sessions the meeting point coordinates', async () => {
    const point = anchors('experience', 'a1-soldier-life')!
    const product = await call('GET', '/store/hoaban/products/a1-soldier-life', { key })
    const sessions = await call('GET', '/store/experiences/a1-soldier-life/sessions', { key })

    expect(product.body.product.origin_place).toMatchObject({ lat: point.lat, lng: point.lng })
    expect(sessions.body.sessions.length).toBeGreaterThan(0)
    for (const session of sessions.body.sessions) {
      expect(session.meeting_point).toMatchObject({ lat: point.lat, lng: point.lng })
    }
  })

  it('leaves an experience the data cannot place without coordinates', async () => {
    const product = await call('GET', '/store/hoaban/products/tua-chua-tea', { key })
    const sessions = await call('GET', '/store/experiences/tua-chua-tea/sessions', { key })

    expect(anchors('experience', 'tua-chua-tea')).toBeNull()
    expect(product.body.product.origin_place.lat).toBeUndefined()
    expect(sessions.body.sessions[0].meeting_point).toMatchObject({ lat: null, lng: null })
  })
})

describe('reseeding a store seeded before the map anchors', () => {
  it('adds the missing coordinates and changes nothing else', async () => {
    const key = await tenantKey('dien-bien-phu')
    const handle = 'museum-panorama-evening'
    const point = anchors('experience', handle)!
    const coop = anchors('cooperative', 'homestay-phuong-duc')!
    // The state an older seed left: no origin coordinates, sessions and producer unplaced.
    await sql(
      `update product set metadata = metadata - 'origin_lat' - 'origin_lng'
         - 'origin_coordinates_note' where handle = $1`,
      [handle],
    )
    await sql(
      `update experience_session set lat = null, lng = null
       where product_id = (select id from product where handle = $1)`,
      [handle],
    )
    await sql(
      `update cooperative set metadata = metadata - 'lat' - 'lng' - 'coordinates_note'
       where handle = 'homestay-phuong-duc'`,
    )
    // A session a vendor moved to another meeting point, given no coordinates.
    const [moved] = await sql(
      `update experience_session set meeting_point = 'Cổng bảo tàng'
       where id = (select s.id from experience_session s join product p on p.id = s.product_id
                   where p.handle = $1 and s.starts_at > now() order by s.starts_at limit 1)
       returning id`,
      [handle],
    )
    const before = await call('GET', `/store/hoaban/products/${handle}`, { key })
    expect(before.body.product.origin_place.lat).toBeUndefined()

    await promisify(execFile)('npx', ['medusa', 'exec', './src/scripts/seed.ts'], {
      cwd: commerceDir,
      env: { ...process.env, ...inject('commerceEnv') },
    })

    const after = await call('GET', `/store/hoaban/products/${handle}`, { key })
    const sessions = await call('GET', `/store/experiences/${handle}/sessions`, { key })
    const cooperative = await call('GET', '/store/hoaban/cooperatives/homestay-phuong-duc', { key })
    expect(after.body.product.origin_place).toMatchObject({ lat: point.lat, lng: point.lng })
    expect({ ...after.body.product, origin_place: null, updated_at: null }).toEqual({
      ...before.body.product,
      origin_place: null,
      updated_at: null,
    })
    expect(sessions.body.sessions.length).toBeGreaterThan(1)
    for (const session of sessions.body.sessions) {
      expect(session.meeting_point).toMatchObject(
        session.id === moved.id
          ? { name: 'Cổng bảo tàng', lat: null, lng: null }
          : { lat: point.lat, lng: point.lng },
      )
    }
    expect(cooperative.body.cooperative).toMatchObject({ lat: coop.lat, lng: coop.lng })
    const [row] = await sql(`select metadata from cooperative where handle = 'homestay-phuong-duc'`)
    expect(row.metadata).toMatchObject({ source_type: 'community-tourism household' })
  }, 240_000)
})
