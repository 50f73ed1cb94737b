import { describe, expect, it } from 'vitest'
import { fold, foldChar, words } from './fold.js'
import { highlight, highlightTerms } from './highlight.js'

describe('fold', () => {
  it('removes every Vietnamese diacritic and maps đ/Đ to d', () => {
    expect(fold('Điện Biên Phủ')).toBe('dien bien phu')
    expect(fold('Mường Phăng, đèo Pha Đin, cà phê, Xòe Thái, Hợp tác xã')).toBe(
      'muong phang, deo pha din, ca phe, xoe thai, hop tac xa',
    )
    expect(fold('ẮẰẲẴẶ ỚỜỞỠỢ ỨỪỬỮỰ')).toBe('aaaaa ooooo uuuuu')
  })

  it('folds a whole string exactly as character by character', () => {
    const sample = "Lễ hội Hoa Ban – Điện Biên Phủ, Mường Phăng; ĐÈO PHA ĐIN, Tủa Chùa, H'Mông"
    expect(fold(sample)).toBe(Array.from(sample, foldChar).join(''))
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
    expect(highlight('Di tích Đèo Pha Đin', highlightTerms(['pha', 'din'], true))).toBe(
      'Di tích Đèo <mark>Pha</mark> <mark>Đin</mark>',
    )
  })

  it('marks only the matched prefix of the word being typed, other words whole', () => {
    expect(highlight('Cà phê Catimor, cao', highlightTerms(['ca', 'ph'], true))).toBe(
      '<mark>Cà</mark> <mark>ph</mark>ê Catimor, cao',
    )
  })

  it('escapes HTML in the source text', () => {
    expect(highlight('<b>Hoa</b> ban & co', highlightTerms(['ban'], false))).toBe(
      '&lt;b&gt;Hoa&lt;/b&gt; <mark>ban</mark> &amp; co',
    )
  })

  it('returns null when nothing matches', () => {
    expect(highlight('Bản Mển', highlightTerms(['tea'], true))).toBeNull()
  })
})
