import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getStory } from '@/clients/cms/get-place-or-story'
import { JsonLd } from '@/components/ui/json-ld'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { formatDate } from '@/format/format-date'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { requestOrigin } from '@/lib/request-origin'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** Title, description, alternates and sharing image of a story. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale, tenant, cmsUp } = await pageContext(params)
  if (!cmsUp) return {}
  const story = await load('cms.story', () => getStory(tenant.id, slug, locale))
  if (!story.ok || !story.data) return {}

  return {
    title: story.data.title,
    description: story.data.excerpt ?? undefined,
    alternates: alternates(locale, `/stories/${slug}`),
    openGraph: {
      type: 'article',
      images: story.data.cover
        ? [{ url: story.data.cover.url, alt: story.data.cover.alt }]
        : undefined,
    },
  }
}

/** A story about the locality's heritage and people. */
export default async function StoryPage({ params }: Props) {
  const { slug } = await params
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const origin = await requestOrigin()
  const loaded = cmsUp
    ? await load('cms.story', () => getStory(tenant.id, slug, locale))
    : ({ ok: false, code: 'upstream_unavailable' } as const)
  if (!loaded.ok) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.cms}
        testId="cms-unavailable"
      />
    )
  }
  const story = loaded.data
  if (!story) notFound()

  return (
    <article className="prose" data-testid="cms-content">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: story.title,
          author: story.author ? { '@type': 'Person', name: story.author } : undefined,
          datePublished: story.publishedAt ?? undefined,
          url: new URL(localePath(locale, `/stories/${slug}`), origin).toString(),
        }}
      />
      <h1>{story.title}</h1>
      {story.author || story.publishedAt ? (
        <p className="muted">
          {story.author}
          {story.author && story.publishedAt ? ' · ' : ''}
          {story.publishedAt ? formatDate(story.publishedAt, locale) : ''}
        </p>
      ) : null}
      {story.excerpt ? <p className="lead">{story.excerpt}</p> : null}
      {story.cover ? (
        <img
          className="heritage__hero"
          src={story.cover.url}
          alt={story.cover.alt}
          width={story.cover.width ?? 1280}
          height={story.cover.height ?? 720}
        />
      ) : null}
      {story.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </article>
  )
}
