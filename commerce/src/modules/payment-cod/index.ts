import { ModuleProvider, Modules } from '@medusajs/framework/utils'
import CashOnDeliveryProviderService from './service'

/** Payment provider `pp_cod_cod`: cash on delivery, the default. */
export default ModuleProvider(Modules.PAYMENT, { services: [CashOnDeliveryProviderService] })
