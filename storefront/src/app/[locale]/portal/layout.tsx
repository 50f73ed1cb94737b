import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { portalContext } from '@/portal/portal-context'

/** Portal pages are private: never indexed, titled with the portal's name. */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { t, tenant } = await portalContext(params)

  return {
    title: { default: t.title, template: `%s · ${t.title} · ${tenant.name}` },
    robots: { index: false, follow: false },
  }
}

/** The portal's segment; each page draws the portal shell itself (it knows the member). */
export default function PortalLayout({ children }: { children: ReactNode }) {
  return children
}
