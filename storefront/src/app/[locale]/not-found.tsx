import { headers } from 'next/headers'
import Link from 'next/link'
import { messages } from '@/i18n/messages'
import { localePath, splitLocalePath } from '@/i18n/locales'

/** The 404 page, in the language of the path that was asked for. */
export default async function NotFound() {
  const { locale } = splitLocalePath((await headers()).get('x-public-path') ?? '/')
  const t = messages(locale)

  return (
    <section className="section">
      <h1>{t.notFound.title}</h1>
      <p>
        <Link href={localePath(locale, '/')}>{t.notFound.back}</Link>
      </p>
    </section>
  )
}
