import { ModuleProvider, Modules } from '@medusajs/framework/utils'
import HoaBanStripeProviderService from './service'

/** Payment provider `pp_stripe_stripe`: Stripe cards, registered only when STRIPE_API_KEY is set. */
export default ModuleProvider(Modules.PAYMENT, { services: [HoaBanStripeProviderService] })
