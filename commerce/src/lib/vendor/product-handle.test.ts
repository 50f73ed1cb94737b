import { describe, expect, it } from 'vitest'
import { productHandleFor } from './product-handle'

describe('productHandleFor', () => {
  it('folds Vietnamese titles, đ included, to lower-case ASCII words', () => {
    expect(productHandleFor('Mật ong hoa ban – Đặc sản Điện Biên', () => false)).toBe(
      'mat-ong-hoa-ban-dac-san-dien-bien',
    )
  })

  it('gives a taken handle a random ending and a title of symbols a fallback', () => {
    const handle = productHandleFor('Chè Shan tuyết', (h) => h === 'che-shan-tuyet')
    expect(handle).toMatch(/^che-shan-tuyet-[0-9a-f]{6}$/)
    expect(productHandleFor('★★★', () => false)).toBe('san-pham')
  })
})
