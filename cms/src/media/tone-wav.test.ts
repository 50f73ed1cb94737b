import { fileTypeFromBuffer } from 'file-type'
import { describe, expect, it } from 'vitest'

import { toneWav } from './tone-wav'

describe('toneWav', () => {
  it('makes a WAV that upload checks detect as audio/wav, with the requested length', async () => {
    const wav = await toneWav({ seconds: 1.5, sampleRate: 8000 })

    expect((await fileTypeFromBuffer(wav))?.mime).toBe('audio/wav')
    // 44-byte header, then 2 bytes per mono 16-bit sample.
    expect(wav.length).toBe(44 + 1.5 * 8000 * 2)
    expect(wav.readUInt32LE(24)).toBe(8000)
  })

  it('is audible in the middle and silent at both ends', async () => {
    const wav = await toneWav({ seconds: 1, sampleRate: 8000, frequency: 500, volume: 0.5 })
    const sample = (index: number) => wav.readInt16LE(44 + index * 2)
    const peak = Math.max(...Array.from({ length: 400 }, (_, i) => Math.abs(sample(3800 + i))))

    expect(sample(0)).toBe(0)
    expect(Math.abs(sample(7999))).toBeLessThan(50)
    expect(peak).toBeGreaterThan(0.45 * 32767)
  })
})
