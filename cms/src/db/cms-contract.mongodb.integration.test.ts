import { randomBytes } from 'node:crypto'

import { defineCmsContract, type ContractCms } from '../test/cms-contract'
import { databaseKindOf } from './select-database-adapter'

const given = process.env.CMS_DATABASE_URI ?? ''
const isMongo = given !== '' && databaseKindOf(given) === 'mongodb'
const previewSecret = 'contract-preview-secret-0123'

/**
 * Starts the CMS on a throw-away database of the MongoDB server CMS_DATABASE_URI names (the
 * database in the URI is left alone) and drops it on stop.
 */
async function startOnMongo(): Promise<ContractCms> {
  const uri = new URL(given)
  uri.pathname = `/hoaban_cms_contract_${randomBytes(4).toString('hex')}`
  Object.assign(process.env, {
    CMS_DATABASE_URI: uri.toString(),
    PREVIEW_SECRET: previewSecret,
    LOG_LEVEL: 'silent',
    HOABAN_DISABLE_JOBS: 'true',
    SEARCH_URL: 'http://127.0.0.1:9',
    STOREFRONT_URL: 'http://127.0.0.1:9',
  })
  const { default: configPromise } = await import('../payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })

  return {
    payload,
    config,
    stop: async () => {
      const connection = (payload.db as { connection?: { dropDatabase: () => Promise<unknown> } })
        .connection
      await connection?.dropDatabase()
      await payload.destroy()
    },
  }
}

/**
 * The same access and draft behaviour on @payloadcms/db-mongodb. No MongoDB server installs on
 * the development and CI machines, so this runs only where CMS_DATABASE_URI=mongodb://… is set.
 */
defineCmsContract(
  isMongo
    ? 'CMS contract on MongoDB'
    : 'CMS contract on MongoDB (skipped: CMS_DATABASE_URI is not mongodb://…; no MongoDB server here)',
  { skip: !isMongo, previewSecret, start: startOnMongo },
)
