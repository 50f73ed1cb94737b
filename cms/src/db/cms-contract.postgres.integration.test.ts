import { defineCmsContract } from '../test/cms-contract'
import { startTestPayload } from '../test/start-test-payload'
import { testAdminUrl, testDatabaseReachable } from '../test/test-database'

const reachable = await testDatabaseReachable()
const previewSecret = 'contract-preview-secret-0123'

/** The database contract on PostgreSQL, the adapter every machine here runs. */
defineCmsContract(
  reachable
    ? 'CMS contract on PostgreSQL'
    : `CMS contract on PostgreSQL (skipped: no PostgreSQL at ${testAdminUrl}; set HOABAN_TEST_PG_URL)`,
  {
    skip: !reachable,
    previewSecret,
    start: () => startTestPayload({ env: { PREVIEW_SECRET: previewSecret } }),
  },
)
