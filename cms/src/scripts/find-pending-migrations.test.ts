import { describe, expect, it } from 'vitest'

import { findPendingMigrations } from './find-pending-migrations'

const table = (rows: [string, string, string][]) =>
  [
    '┌──────┬───────┬─────┐',
    '│ Name │ Batch │ Ran │',
    ...rows.map(([name, batch, ran]) => `│ \u001b[32m${name}\u001b[0m │ ${batch} │ ${ran} │`),
    '└──────┴───────┴─────┘',
  ].join('\n')

describe('findPendingMigrations', () => {
  it('is empty when every committed migration ran', () => {
    const output = table([['20261203_initial', '1', 'Yes']])
    expect(findPendingMigrations(['20261203_initial'], output)).toEqual([])
  })

  it('names migrations reported as not run or missing from the table', () => {
    const output = table([
      ['20261203_initial', '1', 'Yes'],
      ['20261204_media', '', 'No'],
    ])
    expect(
      findPendingMigrations(['20261203_initial', '20261204_media', '20261205_x'], output),
    ).toEqual(['20261204_media', '20261205_x'])
  })
})
