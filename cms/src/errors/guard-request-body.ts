import { cmsErrorStatus } from './cms-error'

const writes = new Set(['POST', 'PATCH', 'PUT'])

const parseProblem = (text: string): string | null => {
  try {
    JSON.parse(text)

    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/**
 * What is wrong with a request's body before Payload reads it: JSON that does not parse, or a
 * multipart upload whose `_payload` field (the document's fields) does not parse. Payload
 * itself answers the first with a bare "Invalid JSON" and the second with a 500.
 */
export async function findBodyProblem(request: Request): Promise<string | null> {
  if (!writes.has(request.method.toUpperCase()) || !request.body) {
    return null
  }
  const contentType = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim()
  if (contentType === 'application/json') {
    const text = await request.clone().text()
    const problem = text.trim() === '' ? null : parseProblem(text)

    return problem ? `body: not valid JSON (${problem})` : null
  }
  if (contentType === 'multipart/form-data') {
    const form = await request
      .clone()
      .formData()
      .catch(() => null)
    const fields = form?.get('_payload')
    const problem = typeof fields === 'string' ? parseProblem(fields) : null

    return problem ? `_payload: not valid JSON (${problem})` : null
  }

  return null
}

/**
 * Wraps a REST route handler so a malformed body gets a 400 naming the problem, in Payload's
 * error shape (`{ errors: [{ message }] }`), instead of reaching Payload at all.
 */
export function guardRequestBody<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const problem = await findBodyProblem(request)
    if (problem) {
      return Response.json(
        { errors: [{ message: problem }] },
        { status: cmsErrorStatus.bad_request },
      )
    }

    return handler(request, ...rest)
  }
}
