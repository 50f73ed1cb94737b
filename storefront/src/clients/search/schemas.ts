import { z } from 'zod'

const nullableString = z.string().nullish()
const nullableNumber = z.number().nullish()

/** One search document as the indexer returns it (see DESIGN.md, "Search"). */
export const SearchDocument = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  type: z.string(),
  title: z.string(),
  summary: nullableString,
  url: nullableString,
  image: nullableString,
  price: nullableNumber,
  stars: nullableNumber,
  _geo: z.looseObject({ lat: z.number(), lng: z.number() }).nullish(),
})

const FacetCounts = z.union([
  z.record(z.string(), z.number()),
  z.array(z.looseObject({ value: z.union([z.string(), z.number()]), count: z.number() })),
])

/** The indexer's `GET /search` answer. */
export const SearchAnswer = z.looseObject({
  hits: z.array(SearchDocument),
  total: nullableNumber,
  estimatedTotalHits: nullableNumber,
  facets: z.record(z.string(), FacetCounts).nullish(),
  facetDistribution: z.record(z.string(), FacetCounts).nullish(),
})
export type SearchAnswer = z.infer<typeof SearchAnswer>
