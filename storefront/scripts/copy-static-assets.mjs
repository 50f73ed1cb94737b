// Copies files the browser must load from our own origin (no CDN) into public/.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const publicDir = path.resolve(import.meta.dirname, '..', 'public', 'vendor')
mkdirSync(publicDir, { recursive: true })

const maplibreDist = path.dirname(require.resolve('maplibre-gl/package.json'))
copyFileSync(
  path.join(maplibreDist, 'dist', 'maplibre-gl-worker.mjs'),
  path.join(publicDir, 'maplibre-gl-worker.mjs'),
)
console.log('copied maplibre-gl-worker.mjs to public/vendor')

// Be Vietnam Pro (woff, which the Open Graph image renderer reads) for the sharing cards.
const fontDir = path.join(publicDir, 'fonts')
mkdirSync(fontDir, { recursive: true })
const fontFiles = path.join(
  path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')),
  'files',
)
for (const subset of ['latin', 'latin-ext', 'vietnamese']) {
  for (const weight of [400, 700]) {
    // woff2 for the pages (stable URLs so the layout can preload them), woff for the renderer.
    for (const format of ['woff2', 'woff']) {
      const name = `be-vietnam-pro-${subset}-${weight}-normal.${format}`
      copyFileSync(path.join(fontFiles, name), path.join(fontDir, name))
    }
  }
}
console.log('copied Be Vietnam Pro font files to public/vendor/fonts')
