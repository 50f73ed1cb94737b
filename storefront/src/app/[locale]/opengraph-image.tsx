import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { isLocale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { currentTenant } from '@/tenants/current-tenant'

export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const alt = 'Hoa Ban'

/** The site's sharing card: tenant name and tagline in Be Vietnam Pro (self-hosted). */
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : 'vi'
  const resolved = await currentTenant(locale)
  const name = resolved.status === 'unknown' ? 'Hoa Ban' : resolved.tenant.name
  const fonts = await Promise.all(
    ['latin', 'latin-ext', 'vietnamese'].map(async (subset) => ({
      // One family name per subset: the renderer keeps only one font per name and weight.
      name: `Be Vietnam Pro ${subset}`,
      data: await readFile(
        // Copied there by scripts/copy-static-assets.mjs at build time.
        path.join(
          process.cwd(),
          'public',
          'vendor',
          'fonts',
          `be-vietnam-pro-${subset}-700-normal.woff`,
        ),
      ),
      weight: 700 as const,
      style: 'normal' as const,
    })),
  )

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        padding: 80,
        background: 'linear-gradient(135deg, #6b2152 0%, #4a1639 100%)',
        color: '#fff',
        fontFamily: 'Be Vietnam Pro vietnamese, Be Vietnam Pro latin, Be Vietnam Pro latin-ext',
      }}
    >
      <div style={{ fontSize: 48, opacity: 0.85 }}>Hoa Ban</div>
      <div style={{ fontSize: 88, fontWeight: 700, marginTop: 24 }}>{name}</div>
      <div style={{ fontSize: 40, marginTop: 24 }}>{messages(locale).siteTagline}</div>
    </div>,
    { ...size, fonts },
  )
}
