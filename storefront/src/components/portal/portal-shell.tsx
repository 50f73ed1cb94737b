import Link from 'next/link'
import type { ReactNode } from 'react'
import type { Locale } from '@/domain/types'
import { localePath, splitLocalePath } from '@/i18n/locales'
import { signOutAction } from '@/portal/actions/auth-actions'
import type { PortalMessages } from '@/portal/portal-messages'
import { portalPath } from '@/portal/portal-paths'
import type { PortalMember } from '@/portal/types'

/** A section of the signed-in portal, for the navigation's current page. */
export type PortalSection = 'dashboard' | 'products' | 'orders' | 'experiences' | 'checkIn'

const sections: { key: PortalSection; path: string }[] = [
  { key: 'dashboard', path: '' },
  { key: 'products', path: '/products' },
  { key: 'orders', path: '/orders' },
  { key: 'experiences', path: '/experiences' },
  { key: 'checkIn', path: '/check-in' },
]

/**
 * The portal's frame on a phone: title, cooperative, language switch, navigation and sign-out
 * (when signed in), then the page. Replaces the tourist header and footer.
 */
export function PortalShell({
  locale,
  t,
  publicPath,
  tenantName,
  member,
  active,
  children,
}: {
  locale: Locale
  t: PortalMessages
  publicPath: string
  tenantName: string
  member: PortalMember | null
  active?: PortalSection
  children: ReactNode
}) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  const { path } = splitLocalePath(publicPath)
  const cooperative = member
    ? locale === 'en'
      ? (member.cooperative.nameEn ?? member.cooperative.nameVi)
      : member.cooperative.nameVi
    : null

  return (
    <div className="portal">
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <header className="portal-header">
        <div className="portal-header__bar">
          <Link href={portalPath(locale)} className="portal-header__title">
            {t.title}
            <span className="portal-header__tenant">{tenantName}</span>
          </Link>
          <Link
            href={localePath(other, path)}
            hrefLang={other}
            lang={other}
            aria-label={t.otherLanguageLabel}
            className="portal-header__lang"
          >
            {t.otherLanguage}
          </Link>
        </div>
        {member ? (
          <div className="portal-header__member">
            <span data-testid="portal-cooperative">{cooperative}</span>
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="portal-link-button" data-testid="portal-sign-out">
                {t.nav.signOut}
              </button>
            </form>
          </div>
        ) : null}
        {member ? (
          <nav aria-label={t.nav.label} className="portal-nav">
            <ul>
              {sections.map((section) => (
                <li key={section.key}>
                  <Link
                    href={portalPath(locale, section.path)}
                    aria-current={active === section.key ? 'page' : undefined}
                    data-testid={`portal-nav-${section.key}`}
                  >
                    {t.nav[section.key]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="portal-main">
        {children}
      </main>
    </div>
  )
}
