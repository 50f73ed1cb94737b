import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from '@medusajs/framework/zod'

const priceRangeSchema = z.object({ min: z.number().int(), max: z.number().int() }).nullable()

/** One OCOP product as described in `data/ocop-products.json`. */
export const ocopProductSchema = z.object({
  id: z.string().min(1),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  group: z.enum(['food', 'beverage', 'herbal', 'textile', 'handicraft', 'tourism']),
  stars: z.number().int().min(3).max(5).nullable(),
  year: z.string().nullable().optional(),
  producer_id: z.string().nullable(),
  district_pre2025: z.string().nullable(),
  retail_price_vnd: priceRangeSchema.optional().default(null),
  description_vi: z.string().nullable().optional(),
  description_en: z.string().nullable().optional(),
})
export type OcopProductData = z.infer<typeof ocopProductSchema>

/** One producer as described in `data/cooperatives.json`. */
export const cooperativeSchema = z.object({
  id: z.string().min(1),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  type: z.string().nullable(),
  district_pre2025: z.string().nullable(),
  commune_pre2025: z.string().nullable(),
  founded: z.string().nullable().optional(),
  members: z.string().nullable().optional(),
  brand: z.string().nullable().optional(),
  products: z.array(z.string()),
})
export type CooperativeData = z.infer<typeof cooperativeSchema>

const fileSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) })

/** Finds the repository's `data/` folder by walking up from this file (works from the build). */
export function findDataDir(start: string = __dirname): string {
  let dir = start
  for (;;) {
    const candidate = path.join(dir, 'data', 'ocop-products.json')
    if (existsSync(candidate)) return path.join(dir, 'data')
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No data/ocop-products.json above ${start}`)
    dir = parent
  }
}

function readItems<T extends z.ZodType>(file: string, item: T): z.infer<T>[] {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const parsed = fileSchema(item).safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${path.basename(file)}: ${issue?.path.join('.')}: ${issue?.message}`)
  }

  return parsed.data.items as z.infer<T>[]
}

/** Reads and validates every OCOP product of the reference data. */
export function readOcopProducts(dataDir: string = findDataDir()): OcopProductData[] {
  return readItems(path.join(dataDir, 'ocop-products.json'), ocopProductSchema)
}

/** Reads and validates every cooperative of the reference data. */
export function readCooperatives(dataDir: string = findDataDir()): CooperativeData[] {
  return readItems(path.join(dataDir, 'cooperatives.json'), cooperativeSchema)
}
