/**
 * A route parameter as one encoded path segment for an upstream URL. Next hands dynamic
 * segments over still percent-encoded ("m%E1%BA%ADt-ong"), so they are decoded once before
 * being encoded again; a value that is not valid percent-encoding is taken as it is.
 */
export function pathSegment(param: string): string {
  let plain = param
  try {
    plain = decodeURIComponent(param)
  } catch {
    // A lone "%" is not an escape: keep the text the visitor typed.
  }

  return encodeURIComponent(plain)
}
