import type { ImageRef } from '@/domain/types'

/**
 * A card's image in a fixed 4:3 box (no layout shift), lazy unless it is above the fold. A
 * missing image leaves a tinted box with the initial letter, hidden from screen readers.
 */
export function CardImage({
  image,
  fallbackLabel,
  eager = false,
}: {
  image: ImageRef | null
  fallbackLabel: string
  eager?: boolean
}) {
  if (!image) {
    return (
      <div className="card__image card__image--empty" aria-hidden="true">
        {fallbackLabel.charAt(0)}
      </div>
    )
  }

  return (
    <img
      className="card__image"
      src={image.url}
      alt={image.alt}
      width={image.width ?? 640}
      height={image.height ?? 480}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={eager ? 'high' : undefined}
    />
  )
}
