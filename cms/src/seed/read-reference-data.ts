import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

/** The repository's data/ folder: the public facts the demo content is built from. */
export const referenceDataDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data',
)

const statusValue = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ value: value.nullable().optional(), status: z.string().optional() }).optional()

/** One heritage site of data/heritage.json. */
export const heritageItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  type: z.string(),
  heritage_rank: z.string().optional(),
  location: z.object({
    address_vi: z.string().optional(),
    lat: z.number().nullable().optional(),
    lng: z.number().nullable().optional(),
    coord_note: z.string().optional(),
  }),
  key_facts: z.array(z.string()).default([]),
  description_vi: z.string().default(''),
  description_en: z.string().default(''),
  opening_hours: statusValue(z.string()),
  ticket_vnd: statusValue(z.union([z.number(), z.string()])),
  sources: z.array(z.string()).default([]),
})
export type HeritageItem = z.infer<typeof heritageItemSchema>

const fileSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ _meta: z.record(z.string(), z.unknown()).optional(), items: z.array(item) })

/** Reads and validates one data file; the error names the file and the bad field. */
export function readDataFile<T extends z.ZodTypeAny>(name: string, item: T): z.infer<T>[] {
  const file = path.join(referenceDataDir, name)
  const parsed = fileSchema(item).safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${name}: ${issue?.path.join('.')}: ${issue?.message}`)
  }

  return parsed.data.items
}
