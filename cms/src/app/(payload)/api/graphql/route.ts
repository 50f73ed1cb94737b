import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardRequestBody } from '../../../../errors/guard-request-body'

// Payload's GraphQL handler throws on a body that is not JSON (a 500); answer 400 instead.
export const POST = guardRequestBody(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
