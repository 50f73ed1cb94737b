import { describe, expect, it } from 'vitest'

import { databaseKindOf, selectDatabaseAdapter } from './select-database-adapter'

describe('databaseKindOf', () => {
  it('picks MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseKindOf('mongodb://localhost:27017/hoaban')).toBe('mongodb')
    expect(databaseKindOf('mongodb+srv://user:pw@cluster.example.net/hoaban')).toBe('mongodb')
  })

  it('picks PostgreSQL for postgres URIs', () => {
    expect(databaseKindOf('postgres://hoaban:hoaban@localhost:5440/hoaban_cms')).toBe('postgres')
    expect(databaseKindOf('postgresql://localhost/x')).toBe('postgres')
  })
})

describe('selectDatabaseAdapter', () => {
  it('builds the adapter named for the engine', () => {
    expect(selectDatabaseAdapter('mongodb://localhost:27017/hoaban').name).toBe('mongoose')
    expect(selectDatabaseAdapter('postgres://localhost:5440/hoaban_cms').name).toBe('postgres')
  })
})
