import { ModuleProvider, Modules } from '@medusajs/framework/utils'
import VietQrProviderService from './service'

/** Payment provider `pp_vietqr_vietqr`: VietQR bank transfer with reconciliation webhook. */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrProviderService] })
