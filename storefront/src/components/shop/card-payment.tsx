'use client'

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js'
import { loadStripe } from '@stripe/stripe-js/pure'
import { type FormEvent, useEffect, useMemo, useState } from 'react'
import type { Locale } from '@/domain/types'

interface CardPaymentProps {
  publishableKey: string
  clientSecret: string
  locale: Locale
  /** Where the order is completed once Stripe has confirmed the payment. */
  completePath: string
  labels: { pay: string; failed: string; unavailable: string }
}

function CardForm({ completePath, labels }: Pick<CardPaymentProps, 'completePath' | 'labels'>) {
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  async function pay(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    setMessage(null)
    const returnUrl = new URL(completePath, window.location.origin).toString()
    // Cards that need 3-D Secure leave for the bank and come back to returnUrl by themselves.
    const result = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: returnUrl },
      redirect: 'if_required',
    })
    if (result.error) {
      setMessage(result.error.message ?? labels.failed)
      setBusy(false)
      return
    }
    window.location.assign(returnUrl)
  }

  return (
    <form onSubmit={pay} className="card-payment" data-testid="card-payment">
      <PaymentElement />
      {message ? (
        <p className="notice notice--unavailable" role="alert">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={!stripe || busy} data-testid="place-order">
        {labels.pay}
      </button>
    </form>
  )
}

/**
 * Stripe's Payment Element for the cart's PaymentIntent. Stripe.js is loaded from Stripe only
 * here, when the buyer has chosen to pay by card (card data never touches our servers).
 */
export function CardPayment({
  publishableKey,
  clientSecret,
  locale,
  completePath,
  labels,
}: CardPaymentProps) {
  // Stripe.js comes from Stripe's servers; when they cannot be reached the form says so.
  const stripe = useMemo(() => loadStripe(publishableKey).catch(() => null), [publishableKey])
  const [unreachable, setUnreachable] = useState(false)
  useEffect(() => {
    void stripe.then((loaded) => setUnreachable(loaded === null))
  }, [stripe])

  return (
    <Elements stripe={stripe} options={{ clientSecret, locale }}>
      {unreachable ? (
        <p className="notice notice--unavailable" role="alert" data-testid="card-unavailable">
          {labels.unavailable}
        </p>
      ) : null}
      <CardForm completePath={completePath} labels={labels} />
    </Elements>
  )
}
