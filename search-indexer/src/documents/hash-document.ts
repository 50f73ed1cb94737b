import { createHash } from 'node:crypto'
import type { SearchDocument } from './search-document.js'

/** A hash of everything a document shows, so reconciliation can tell a changed one. */
export function hashDocument(doc: SearchDocument): string {
  const ordered = Object.keys(doc)
    .sort()
    .map((key) => [key, doc[key as keyof SearchDocument]])

  return createHash('sha1').update(JSON.stringify(ordered)).digest('base64url')
}
