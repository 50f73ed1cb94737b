import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The workspace's packages are hoisted to the repository root.
  turbopack: { root: path.resolve(dirname, '..') },
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
  // Next 16 would otherwise write an AGENTS.md into the workspace on `next dev`.
  agentRules: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
