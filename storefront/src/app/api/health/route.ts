/** Liveness check for the launcher: the storefront answers without asking other services. */
export function GET() {
  return Response.json({ status: 'ok', service: 'storefront' })
}

export const dynamic = 'force-dynamic'
