import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from '@medusajs/framework/zod'
import { findDataDir } from './reference-data'

/** One experience as described in `data/experiences.json`. */
export const experienceSchema = z.object({
  id: z.string().min(1),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  category: z.string(),
  location_vi: z.string(),
  duration: z.object({ value: z.string() }),
  group_size: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
  price_vnd: z.object({ min: z.number(), max: z.number() }).nullable(),
  description_vi: z.string().nullable().optional(),
  description_en: z.string().nullable().optional(),
})
export type ExperienceData = z.infer<typeof experienceSchema>

/** Reads and validates every experience of the reference data. */
export function readExperiences(dataDir: string = findDataDir()): ExperienceData[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(dataDir, 'experiences.json'), 'utf8'))

  return z.object({ items: z.array(experienceSchema) }).parse(raw).items
}

/** Adult price: the middle of the range rounded to 1,000 ₫ (children half, infants free). */
export function experienceAdultPrice(experience: ExperienceData): number {
  const range = experience.price_vnd ?? { min: 200_000, max: 200_000 }

  return Math.round((range.min + range.max) / 2 / 1000) * 1000
}

/** Session length in hours from the free-text duration ("4–6 hours", "1–2 nights", "2–3 days"). */
export function experienceHours(experience: ExperienceData): number {
  const text = experience.duration.value.toLowerCase()
  const first = Number(/\d+(\.\d+)?/.exec(text)?.[0] ?? 4)
  if (text.includes('night')) return 24 * first
  if (text.includes('day')) return text.includes('half') ? 4 : 24 * first

  return first
}

/** Seats per session: the largest group the sources give, else 20. */
export function experienceCapacity(experience: ExperienceData): number {
  return experience.group_size.max ?? 20
}

/**
 * Producers who run an experience, matched by place name in the sources (an inference: the
 * data does not name operators).
 */
export const EXPERIENCE_OPERATORS: Record<string, string> = {
  'che-can-homestay': 'homestay-phuong-duc',
  'na-sang-weaving': 'htx-na-sang-2',
}
