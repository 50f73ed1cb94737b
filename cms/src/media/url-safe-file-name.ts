/**
 * Makes a Vietnamese file name readable and URL-safe: diacritics and đ/Đ folded to ASCII,
 * lower case, words joined by dashes, the extension kept (lower case).
 * "Đồi A1 – ảnh chụp (1).JPG" becomes "doi-a1-anh-chup-1.jpg".
 */
export function urlSafeFileName(name: string, extension?: string): string {
  const dot = name.lastIndexOf('.')
  const base = dot > 0 ? name.slice(0, dot) : name
  const ext = (extension ?? (dot > 0 ? name.slice(dot + 1) : ''))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

  return `${slug || 'file'}${ext ? `.${ext}` : ''}`
}
