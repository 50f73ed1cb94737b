import type { TextField } from 'payload'

import { label } from '../i18n/label'

/** True for a URL-safe slug: lower-case ASCII letters and digits joined by single dashes. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
}

/** A slug shared by every locale, so a page keeps one URL in Vietnamese and English. */
export const slugField: TextField = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  localized: false,
  label: label('Đường dẫn', 'Slug'),
  admin: { position: 'sidebar' },
  validate: (value: unknown) => (isSlug(value) ? true : 'slug: lower-case letters, digits, dashes'),
}
