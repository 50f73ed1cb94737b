import type { Metadata } from 'next'
import { listHeritageSites } from '@/clients/cms/list-heritage-sites'
import { HeritageCard } from '@/components/heritage/heritage-card'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string }> }

/** Title and language alternates of the heritage list. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await pageContext(params)

  return {
    title: t.heritage.listTitle,
    description: t.heritage.listIntro,
    alternates: alternates(locale, '/heritage'),
  }
}

/** Every published heritage site of the tenant. */
export default async function HeritageListPage({ params }: Props) {
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const sites = cmsUp
    ? await load('cms.heritage', () => listHeritageSites(tenant.id, locale))
    : ({ ok: false, code: 'upstream_unavailable' } as const)

  return (
    <>
      <h1>{t.heritage.listTitle}</h1>
      <p className="lead">{t.heritage.listIntro}</p>
      <section data-testid="cms-content">
        {sites.ok ? (
          sites.data.length > 0 ? (
            <div className="grid">
              {sites.data.map((site, index) => (
                <HeritageCard key={site.id} site={site} locale={locale} eager={index < 2} />
              ))}
            </div>
          ) : (
            <p>{t.home.noHeritage}</p>
          )
        ) : (
          <UnavailableNotice
            title={t.unavailable.title}
            text={t.unavailable.cms}
            testId="cms-unavailable"
          />
        )}
      </section>
    </>
  )
}
