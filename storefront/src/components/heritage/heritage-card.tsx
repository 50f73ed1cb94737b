import Link from 'next/link'
import type { HeritageSummary, Locale } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import { CardImage } from '@/components/ui/card-image'

/** A heritage site in a list. */
export function HeritageCard({
  site,
  locale,
  eager,
}: {
  site: HeritageSummary
  locale: Locale
  eager?: boolean
}) {
  return (
    <article className="card" data-testid="heritage-card">
      <CardImage image={site.image} fallbackLabel={site.title} eager={eager} />
      <div className="card__body">
        <h3 className="card__title">
          <Link href={localePath(locale, `/heritage/${site.slug}`)}>{site.title}</Link>
        </h3>
        {site.summary ? <p className="card__text">{site.summary}</p> : null}
      </div>
    </article>
  )
}
