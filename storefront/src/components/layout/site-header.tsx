import Link from 'next/link'
import type { Locale } from '@/domain/types'
import { localePath, splitLocalePath } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { SearchBox } from '@/components/search/search-box'

interface SiteHeaderProps {
  locale: Locale
  t: Messages
  tenantName: string
  publicPath: string
}

/** The site's header: name, main navigation, search and the language switcher. */
export function SiteHeader({ locale, t, tenantName, publicPath }: SiteHeaderProps) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  const samePageOtherLanguage = localePath(other, splitLocalePath(publicPath).path)
  const links = [
    ['/heritage', t.nav.heritage],
    ['/festivals', t.nav.festivals],
    ['/stories', t.nav.stories],
    ['/map', t.nav.map],
    ['/shop', t.nav.shop],
    ['/experiences', t.nav.experiences],
  ] as const

  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link href={localePath(locale, '/')} className="site-header__brand">
          <span className="site-header__flower" aria-hidden="true">
            ✿
          </span>
          <span>
            <span className="site-header__name">{tenantName}</span>
            <span className="site-header__tagline">{t.siteTagline}</span>
          </span>
        </Link>
        <div className="site-header__tools">
          <Link href={localePath(locale, '/cart')} className="site-header__cart">
            {t.nav.cart}
          </Link>
          <a
            href={samePageOtherLanguage}
            hrefLang={other}
            lang={other}
            className="site-header__lang"
            title={t.language.switchToLabel}
            data-testid="language-switcher"
          >
            {t.language.switchTo}
          </a>
        </div>
      </div>
      <nav aria-label={t.nav.mainMenu} className="site-nav">
        <ul>
          {links.map(([path, label]) => (
            <li key={path}>
              <Link href={localePath(locale, path)} prefetch={false}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox
        locale={locale}
        action={localePath(locale, '/search')}
        labels={{
          label: t.search.label,
          placeholder: t.search.placeholder,
          submit: t.search.submit,
          suggestions: t.search.suggestions,
          types: t.search.types,
        }}
      />
    </header>
  )
}
