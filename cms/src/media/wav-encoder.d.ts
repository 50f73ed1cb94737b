/** Types for wav-encoder, which ships none. */
declare module 'wav-encoder' {
  /** PCM samples per channel at one sample rate. */
  export type AudioData = { sampleRate: number; channelData: Float32Array[] }
  /** Encodes PCM samples as a RIFF WAVE file. */
  export function encode(
    audioData: AudioData,
    options?: { bitDepth?: 8 | 16 | 24 | 32; float?: boolean; floatingPoint?: boolean },
  ): Promise<ArrayBuffer>
  /** The synchronous form of {@link encode}. */
  export function encodeSync(
    audioData: AudioData,
    options?: { bitDepth?: 8 | 16 | 24 | 32; float?: boolean; floatingPoint?: boolean },
  ): ArrayBuffer
}
