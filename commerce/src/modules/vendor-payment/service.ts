import { MedusaService } from '@medusajs/framework/utils'
import { PaymentReceipt } from './models/payment-receipt'

/** Cooperatives' receipts of payments collected outside the platform (cash, bank transfer). */
class VendorPaymentModuleService extends MedusaService({ PaymentReceipt }) {}

export default VendorPaymentModuleService
