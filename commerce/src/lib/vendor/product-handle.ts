import { randomBytes } from 'node:crypto'
import slugify from 'slugify'

/**
 * The URL handle of a member's new product: the Vietnamese title folded to lower-case ASCII
 * ("Mật ong hoa ban" → "mat-ong-hoa-ban"), so shop links stay plain in every browser and log.
 * A handle already in use gets a short random ending instead of failing the member's save.
 */
export function productHandleFor(title: string, taken: (handle: string) => boolean): string {
  const base =
    slugify(title, { lower: true, strict: true, locale: 'vi', trim: true }).slice(0, 80) ||
    'san-pham'

  return taken(base) ? `${base}-${randomBytes(3).toString('hex')}` : base
}
