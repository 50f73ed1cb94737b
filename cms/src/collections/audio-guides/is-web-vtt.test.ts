import { describe, expect, it } from 'vitest'

import { isWebVtt } from './index'

describe('isWebVtt', () => {
  it('accepts WebVTT captions and refuses SRT or plain text', () => {
    expect(isWebVtt('WEBVTT\n\n00:00.000 --> 00:04.000\nXin chào')).toBe(true)
    expect(isWebVtt('1\n00:00:00,000 --> 00:00:04,000\nHello')).toBe(false)
    expect(isWebVtt('hello')).toBe(false)
  })
})
