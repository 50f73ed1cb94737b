import type { Metadata } from 'next'
import Link from 'next/link'
import { listStories } from '@/clients/cms/list-stories'
import { CardImage } from '@/components/ui/card-image'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { formatDate } from '@/format/format-date'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string }> }

/** Title and language alternates of the stories list. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await pageContext(params)

  return {
    title: t.stories.listTitle,
    description: t.stories.listIntro,
    alternates: alternates(locale, '/stories'),
  }
}

/** Every published story of the tenant, newest first. */
export default async function StoriesPage({ params }: Props) {
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const stories = cmsUp
    ? await load('cms.stories', () => listStories(tenant.id, locale))
    : ({ ok: false, code: 'upstream_unavailable' } as const)

  return (
    <>
      <h1>{t.stories.listTitle}</h1>
      <p className="lead">{t.stories.listIntro}</p>
      <section data-testid="cms-content">
        {stories.ok ? (
          stories.data.length > 0 ? (
            <div className="grid">
              {stories.data.map((story, index) => (
                <article key={story.id} className="card" data-testid="story-card">
                  <CardImage image={story.cover} fallbackLabel={story.title} eager={index < 2} />
                  <div className="card__body">
                    <h2 className="card__title">
                      <Link href={localePath(locale, `/stories/${story.slug}`)}>{story.title}</Link>
                    </h2>
                    {story.publishedAt || story.author ? (
                      <p className="card__meta">
                        {[
                          story.author,
                          story.publishedAt ? formatDate(story.publishedAt, locale) : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                    ) : null}
                    {story.excerpt ? <p className="card__text">{story.excerpt}</p> : null}
                  </div>
                </article>
              ))}
            </div>
          ) : (
            <p>{t.stories.none}</p>
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
