import type { Settings } from 'meilisearch'
import type { Locale } from '../../documents/search-document.js'

const synonyms: Record<Locale, Record<string, string[]>> = {
  vi: {
    'hoa ban': ['ban trắng'],
    'cà phê': ['cafe', 'coffee'],
    chè: ['trà'],
    trà: ['chè'],
    'thổ cẩm': ['dệt'],
    'điện biên phủ': ['điện biên'],
  },
  en: {
    bauhinia: ['hoa ban'],
    'hoa ban': ['bauhinia'],
    coffee: ['cà phê'],
    tea: ['chè', 'trà'],
    brocade: ['thổ cẩm'],
    hmong: ["h'mông", 'mông'],
  },
}

/** Settings of one locale's index: the same ranking model as the PostgreSQL engine. */
export function indexSettings(locale: Locale): Settings {
  return {
    searchableAttributes: ['title', 'tags', 'summary', 'text'],
    filterableAttributes: ['tenant', 'type', 'stars', 'productGroup', 'commune', '_geo', 'id'],
    sortableAttributes: ['_geo', 'updatedAt', 'price'],
    displayedAttributes: ['*'],
    // One typo from four letters (not five as in the PostgreSQL engine): Meilisearch has no
    // trigram fallback, and short misspelt names ("pha dinn" for Pha Đin) must still be found.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } },
    synonyms: synonyms[locale],
    localizedAttributes: [
      {
        attributePatterns: ['title', 'summary', 'text', 'tags'],
        locales: [locale === 'vi' ? 'vie' : 'eng'],
      },
    ],
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 10_000 },
  }
}
