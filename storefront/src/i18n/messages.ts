import type { Locale } from '@/domain/types'
import { messagesEn } from './messages-en'
import { type Messages, messagesVi } from './messages-vi'

export type { Messages }

/** The interface strings of a language. */
export function messages(locale: Locale): Messages {
  return locale === 'en' ? messagesEn : messagesVi
}

/** Fills `{name}` placeholders in a message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}
