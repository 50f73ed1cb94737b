import { createServer, type Server } from 'node:http'

/** A PaymentIntent as the double keeps it. */
type Intent = {
  id: string
  object: 'payment_intent'
  amount: number
  amount_received: number
  currency: string
  status: string
  capture_method: string
  client_secret: string
  metadata: Record<string, string>
}

/** What the double has seen, read by tests through GET /__state. */
export type StripeDoubleState = { intents: Intent[]; captures: string[] }

/**
 * A local stand-in for the few Stripe API calls Medusa's provider makes (create, update,
 * retrieve, capture, cancel a PaymentIntent). `POST /__pay/:id` plays the buyer confirming
 * the card. Stripe's servers are unreachable here; the provider code under test is the real one.
 */
export function startStripeDouble(port: number): Promise<Server> {
  const state: StripeDoubleState = { intents: [], captures: [] }
  let next = 1

  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const form = new URLSearchParams(body)
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${next}` })
        res.end(JSON.stringify(value))
      }
      const path = (req.url ?? '').split('?')[0] ?? ''
      const match = /^\/v1\/payment_intents(?:\/([^/]+))?(?:\/(capture|cancel))?$/.exec(path)
      const pay = /^\/__pay\/([^/]+)$/.exec(path)

      if (path === '/__state') return send(200, state)
      if (pay) {
        const intent = state.intents.find((i) => i.id === pay[1])
        if (!intent) return send(404, { error: { message: 'no such intent' } })
        intent.status = 'succeeded'
        intent.amount_received = intent.amount
        state.captures.push(intent.id)
        return send(200, intent)
      }
      if (!match) return send(404, { error: { type: 'invalid_request_error', message: path } })

      const [, id, action] = match
      if (!id && req.method === 'POST') {
        const metadata: Record<string, string> = {}
        for (const [key, value] of form) {
          const m = /^metadata\[(.+)\]$/.exec(key)
          if (m?.[1]) metadata[m[1]] = value
        }
        const intent: Intent = {
          id: `pi_double_${next++}`,
          object: 'payment_intent',
          amount: Number(form.get('amount')),
          amount_received: 0,
          currency: form.get('currency') ?? '',
          status: 'requires_payment_method',
          capture_method: form.get('capture_method') ?? 'automatic',
          client_secret: `secret_${next}`,
          metadata,
        }
        state.intents.push(intent)
        return send(200, intent)
      }
      const intent = state.intents.find((i) => i.id === id)
      if (!intent)
        return send(404, { error: { type: 'invalid_request_error', message: 'no intent' } })
      if (action === 'capture') {
        if (intent.status !== 'requires_capture') {
          return send(400, {
            error: {
              type: 'invalid_request_error',
              code: 'payment_intent_unexpected_state',
              message: `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
              payment_intent: intent,
            },
          })
        }
        intent.status = 'succeeded'
        intent.amount_received = intent.amount
        state.captures.push(intent.id)
        return send(200, intent)
      }
      if (action === 'cancel') {
        intent.status = 'canceled'
        return send(200, intent)
      }
      if (req.method === 'POST' && form.has('amount')) intent.amount = Number(form.get('amount'))

      return send(200, intent)
    })
  })

  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
