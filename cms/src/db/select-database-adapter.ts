import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Where the committed PostgreSQL migrations live. */
export const postgresMigrationDir = path.resolve(dirname, '../migrations')

/** Which database engine a connection string selects. */
export type DatabaseKind = 'postgres' | 'mongodb'

/** Tells the database engine from a connection string: `mongodb://`/`mongodb+srv://` or PostgreSQL. */
export function databaseKindOf(uri: string): DatabaseKind {
  return /^mongodb(\+srv)?:\/\//i.test(uri) ? 'mongodb' : 'postgres'
}

/**
 * Builds the Payload database adapter for a connection string. PostgreSQL never pushes the
 * schema: tables come only from the committed migrations so every machine has the same schema.
 */
export function selectDatabaseAdapter(uri: string): DatabaseAdapterObj {
  if (databaseKindOf(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri })
  }

  return postgresAdapter({
    pool: { connectionString: uri },
    push: false,
    migrationDir: postgresMigrationDir,
  })
}
