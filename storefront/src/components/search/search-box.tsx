'use client'

import { useEffect, useId, useRef, useState } from 'react'
import type { Locale } from '@/domain/types'

interface Suggestion {
  id: string
  type: string
  title: string
  url: string
}

interface SearchBoxProps {
  locale: Locale
  action: string
  labels: {
    label: string
    placeholder: string
    submit: string
    suggestions: string
    types: Record<string, string>
  }
}

/**
 * The header search: a plain GET form to the results page (works without JavaScript) that
 * also lists results as you type, as a keyboard-usable combobox.
 */
export function SearchBox({ locale, action, labels }: SearchBoxProps) {
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const listId = useId()
  const inputId = useId()
  const abort = useRef<AbortController | null>(null)

  useEffect(() => {
    const text = query.trim()
    if (text.length < 2) {
      setResults([])
      return
    }
    const timer = setTimeout(() => {
      abort.current?.abort()
      const controller = new AbortController()
      abort.current = controller
      fetch(`/api/search?q=${encodeURIComponent(text)}&locale=${locale}&limit=8`, {
        signal: controller.signal,
      })
        .then((response) => (response.ok ? response.json() : { hits: [] }))
        .then((body: { hits?: Suggestion[] }) => {
          setResults(body.hits ?? [])
          setActive(-1)
          setOpen(true)
        })
        .catch(() => undefined)
    }, 150)

    return () => clearTimeout(timer)
  }, [query, locale])

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (!open || results.length === 0) return
    if (event.key === 'Escape') {
      // Close the list; keep the text (a search input clears itself on Escape otherwise).
      event.preventDefault()
      setOpen(false)
      return
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((index) => (index + 1) % results.length)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => (index <= 0 ? results.length - 1 : index - 1))
    } else if (event.key === 'Enter' && active >= 0) {
      const chosen = results[active]
      if (chosen) {
        event.preventDefault()
        window.location.assign(chosen.url)
      }
    }
  }

  const expanded = open && results.length > 0

  return (
    <form role="search" action={action} method="get" className="search-box">
      <label htmlFor={inputId} className="visually-hidden">
        {labels.label}
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        value={query}
        placeholder={labels.placeholder}
        autoComplete="off"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        data-testid="search-input"
      />
      <button type="submit">{labels.submit}</button>
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.suggestions}
        className="search-box__list"
        hidden={!expanded}
        data-testid="search-suggestions"
      >
        {results.map((hit, index) => (
          <li
            key={`${hit.type}-${hit.id}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
          >
            <a href={hit.url}>
              <span className="search-box__type">{labels.types[hit.type] ?? hit.type}</span>{' '}
              {hit.title}
            </a>
          </li>
        ))}
      </ul>
    </form>
  )
}
