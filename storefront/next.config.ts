import path from 'node:path'
import type { NextConfig } from 'next'

/** Next.js configuration for the tourist storefront. */
const nextConfig: NextConfig = {
  // The workspace shares one node_modules at the repository root.
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  outputFileTracingRoot: path.resolve(import.meta.dirname, '..'),
  serverExternalPackages: ['pino'],
  poweredByHeader: false,
  reactStrictMode: true,
  // next dev and build would otherwise write an AGENTS.md into the workspace.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    // Portal photo uploads go through a server action; commerce accepts photos up to 10 MB.
    serverActions: { bodySizeLimit: '11mb' },
  },
}

export default nextConfig
