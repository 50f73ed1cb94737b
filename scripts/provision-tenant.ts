// Creates a tenant in the CMS and in commerce together and links them.
// Usage: npm run provision-tenant -- --slug muong-phang --name-vi "Xã Mường Phăng" \
//          --name-en "Mường Phăng Commune" --domain muong-phang.localhost
// Needs the CMS and commerce running; log-in from PLATFORM_ADMIN_EMAIL/PASSWORD (else the demo one).
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { readEnv } from './lib/env.ts'
import { provisionTenant } from './lib/provision.ts'

const { values } = parseArgsOrExit({
  options: {
    slug: { type: 'string' },
    'name-vi': { type: 'string' },
    'name-en': { type: 'string' },
    domain: { type: 'string', multiple: true },
    'default-locale': { type: 'string', default: 'vi' },
  },
})

/** parseArgs, with an unknown or malformed option reported in one line instead of a stack. */
function parseArgsOrExit(config: Parameters<typeof parseArgs>[0]) {
  try {
    return parseArgs(config)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    console.error('options: --slug, --name-vi, --name-en, --domain (repeatable), --default-locale')
    process.exit(2)
  }
}

const Input = z.object({
  slug: z
    .string({ error: '--slug is required' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '--slug must be lower-case words joined by hyphens'),
  'name-vi': z.string({ error: '--name-vi is required' }).min(2),
  'name-en': z.string().min(2).optional(),
  domain: z.array(z.string().min(1)).optional(),
  'default-locale': z.enum(['vi', 'en']),
})

const parsed = Input.safeParse(values)
if (!parsed.success) {
  console.error(parsed.error.issues.map((issue) => issue.message).join('\n'))
  process.exit(2)
}
const input = parsed.data
const env = readEnv()
const operator = {
  email: process.env.PLATFORM_ADMIN_EMAIL || env.DEMO_ADMIN_EMAIL,
  password: process.env.PLATFORM_ADMIN_PASSWORD || env.DEMO_ADMIN_PASSWORD,
}
try {
  const link = await provisionTenant(
    env,
    {
      slug: input.slug,
      name: { vi: input['name-vi'], en: input['name-en'] ?? input['name-vi'] },
      domains: input.domain ?? [`${input.slug}.localhost`],
      defaultLocale: input['default-locale'],
    },
    operator,
  )
  console.log(`Tenant ${input.slug} linked to sales channel ${link.salesChannelId}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
