import type { CmsClient } from '../sources/cms-client.js'
import type { CommerceClient } from '../sources/commerce-client.js'
import type { TenantDirectory } from './tenant-directory.js'

/** The two sources of truth the indexer reads over HTTP. */
export type Sources = { cms: CmsClient; commerce: CommerceClient; tenants: TenantDirectory }
