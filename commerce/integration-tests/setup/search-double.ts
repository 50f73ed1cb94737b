import { createServer, type Server } from 'node:http'

/**
 * Stands in for the search indexer's POST /notify: records each notice with its secret header
 * and answers 202, or 500 after POST /__fail (to prove a failed notification never fails a save).
 */
export function startSearchDouble(port: number): Promise<Server> {
  const received: { secret: string | undefined; body: unknown }[] = []
  let failing = false

  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      if (req.url === '/__received') {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify(received))
      }
      if (req.url === '/__fail') {
        failing = body === 'on'
        res.writeHead(204)
        return res.end()
      }
      if (req.url === '/notify' && req.method === 'POST') {
        if (failing) {
          res.writeHead(500)
          return res.end()
        }
        const secret = req.headers['x-indexer-secret']
        received.push({
          secret: Array.isArray(secret) ? secret[0] : secret,
          body: JSON.parse(body),
        })
        res.writeHead(202, { 'content-type': 'application/json' })
        return res.end('{"stored":true}')
      }
      res.writeHead(404)
      res.end()
    })
  })

  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
