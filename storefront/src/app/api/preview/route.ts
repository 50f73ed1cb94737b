import { draftMode } from 'next/headers'
import { checkPreviewLink, PreviewLinkQuery } from '@/clients/cms/preview-link'
import { env } from '@/config/env'
import { errorCodes } from '@/lib/errors'
import { logger } from '@/lib/logger'

/**
 * The CMS's live preview opens `/api/preview?path=…&exp=…&sig=…`: a link the CMS signed with
 * the shared PREVIEW_SECRET. A valid one turns Next's draft mode on and redirects to the page,
 * whose CMS reads then include drafts. `/api/preview?exit=1` turns draft mode off again.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const mode = await draftMode()
  if (params.get('exit') === '1') {
    mode.disable()

    return redirectTo('/')
  }

  const parsed = PreviewLinkQuery.safeParse(Object.fromEntries(params))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]

    return Response.json(
      { error: 'bad_request', message: `${issue?.path.join('.')}: ${issue?.message}` },
      { status: errorCodes.bad_request },
    )
  }
  const verdict = checkPreviewLink(parsed.data, env().PREVIEW_SECRET)
  if (verdict !== 'ok') {
    logger.warn({ path: parsed.data.path, verdict }, 'preview link refused')

    return Response.json(
      {
        error: 'forbidden',
        message:
          verdict === 'expired'
            ? 'sig: the preview link has expired; open the preview again from the CMS'
            : 'sig: the preview link is not signed by the CMS',
      },
      { status: 403 },
    )
  }
  mode.enable()

  return redirectTo(parsed.data.path)
}

/** A relative redirect: it stays on the host the editor asked for (its tenant). */
function redirectTo(path: string): Response {
  return new Response(null, {
    status: 307,
    headers: { location: path, 'cache-control': 'no-store' },
  })
}
