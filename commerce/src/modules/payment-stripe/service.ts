import { createRequire } from 'node:module'
import { StripeProviderService } from '@medusajs/payment-stripe/dist/services'

type StripeOptions = ConstructorParameters<typeof StripeProviderService>[1] & {
  /** Another Stripe API origin (e.g. a local test double); empty means api.stripe.com. */
  apiBaseUrl?: string
}

// The Stripe client version the provider was written against, not the workspace's own.
const requireFromProvider = createRequire(require.resolve('@medusajs/payment-stripe'))

/**
 * Medusa's Stripe card provider, unchanged, except that it can talk to another Stripe API
 * origin when `apiBaseUrl` is set: the tests run it against a local HTTP double because
 * Stripe's servers are out of reach here.
 */
class HoaBanStripeProviderService extends StripeProviderService {
  constructor(
    cradle: ConstructorParameters<typeof StripeProviderService>[0],
    options: StripeOptions,
  ) {
    super(cradle, options)
    if (options.apiBaseUrl) {
      const url = new URL(options.apiBaseUrl)
      const Stripe = requireFromProvider('stripe')
      this.stripe_ = new Stripe(options.apiKey, {
        host: url.hostname,
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        protocol: url.protocol.replace(':', ''),
      })
    }
  }
}

export default HoaBanStripeProviderService
