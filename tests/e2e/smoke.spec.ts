import { chromium, expect, test } from '@playwright/test'
import { chromiumArgs } from '../playwright.config.ts'

test('the browser renders WebGL through SwiftShader', async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
  const page = await browser.newPage()
  await page.setContent('<canvas id="c" width="64" height="64"></canvas>')
  const painted = await page.evaluate(() => {
    const canvas = document.getElementById('c') as HTMLCanvasElement
    const gl = canvas.getContext('webgl2')
    if (!gl) return -1
    gl.clearColor(0.8, 0.2, 0.2, 1)
    gl.clear(gl.COLOR_BUFFER_BIT)
    const pixels = new Uint8Array(64 * 64 * 4)
    gl.readPixels(0, 0, 64, 64, gl.RGBA, gl.UNSIGNED_BYTE, pixels)

    return pixels.filter((_, i) => i % 4 === 0 && pixels[i] === 204).length
  })
  await browser.close()
  expect(painted).toBe(64 * 64)
})
