import { describe, expect, it } from 'vitest'

import { urlSafeFileName } from './url-safe-file-name'

describe('urlSafeFileName', () => {
  it('folds Vietnamese diacritics and đ into readable ASCII words', () => {
    expect(urlSafeFileName('Đồi A1 – ảnh chụp (1).JPG')).toBe('doi-a1-anh-chup-1.jpg')
    expect(urlSafeFileName('Bản Mển, Mường Phăng.png')).toBe('ban-men-muong-phang.png')
  })

  it('uses the extension of the stored format', () => {
    expect(urlSafeFileName('Thành Bản Phủ.tiff', 'jpg')).toBe('thanh-ban-phu.jpg')
  })

  it('never returns an empty name', () => {
    expect(urlSafeFileName('???.jpg')).toBe('file.jpg')
  })
})
