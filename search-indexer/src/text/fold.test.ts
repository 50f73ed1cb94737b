import { describe, expect, it } from 'vitest'
import { fold, words } from './fold.js'
import { highlight } from './highlight.js'

describe('fold', () => {
  it('removes every Vietnamese diacritic and maps đ/Đ to d', () => {
    expect(fold('Điện Biên Phủ')).toBe('dien bien phu')
    expect(fold('Mường Phăng, đèo Pha Đin, cà phê, Xòe Thái, Hợp tác xã')).toBe(
      'muong phang, deo pha din, ca phe, xoe thai, hop tac xa',
    )
    expect(fold('ẮẰẲẴẶ ỚỜỞỠỢ ỨỪỬỮỰ')).toBe('aaaaa ooooo uuuuu')
  })

  it('splits into words on punctuation', () => {
    expect(words("Rượu Mông Kê Si Pa Phìn (H'Mông)")).toEqual([
      'ruou',
      'mong',
      'ke',
      'si',
      'pa',
      'phin',
      'h',
      'mong',
    ])
  })
})

describe('highlight', () => {
  it('marks the original accented words matched by folded query words', () => {
    expect(highlight('Di tích Đèo Pha Đin', ['pha', 'din'])).toBe(
      'Di tích Đèo <mark>Pha</mark> <mark>Đin</mark>',
    )
  })

  it('marks only the matched prefix of a word typed so far', () => {
    expect(highlight('Cà phê bột Hà Chung', ['ca', 'ph'])).toBe(
      '<mark>Cà</mark> <mark>ph</mark>ê bột Hà Chung',
    )
  })

  it('escapes HTML in the source text', () => {
    expect(highlight('<b>Hoa</b> ban & co', ['ban'])).toBe(
      '&lt;b&gt;Hoa&lt;/b&gt; <mark>ban</mark> &amp; co',
    )
  })

  it('returns null when nothing matches', () => {
    expect(highlight('Bản Mển', ['tea'])).toBeNull()
  })
})
