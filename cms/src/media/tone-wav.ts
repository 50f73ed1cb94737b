import { encode } from 'wav-encoder'

/** How a generated tone sounds: its pitch, length and loudness. */
export type ToneOptions = {
  /** Pitch in hertz; 440 by default. */
  frequency?: number
  /** Length in seconds; 2 by default. */
  seconds?: number
  /** Samples per second; 16 000 by default (small files, clear enough for a chime). */
  sampleRate?: number
  /** Peak amplitude between 0 and 1; 0.3 by default. */
  volume?: number
}

/**
 * A mono 16-bit PCM WAV of a sine tone that fades in and out, so a seeded audio guide plays
 * something a listener recognises as a placeholder rather than silence or a click.
 */
export async function toneWav(options: ToneOptions = {}): Promise<Buffer> {
  const { frequency = 440, seconds = 2, sampleRate = 16_000, volume = 0.3 } = options
  const length = Math.max(1, Math.round(seconds * sampleRate))
  const fade = Math.min(length / 2, sampleRate * 0.05)
  const samples = new Float32Array(length)
  for (let index = 0; index < length; index += 1) {
    const envelope = Math.min(1, index / fade, (length - 1 - index) / fade)
    samples[index] = volume * envelope * Math.sin((2 * Math.PI * frequency * index) / sampleRate)
  }
  const wav = await encode({ sampleRate, channelData: [samples] }, { bitDepth: 16 })

  return Buffer.from(wav)
}
