import { MedusaService } from '@medusajs/framework/utils'
import { ProductApproval } from './models/product-approval'

/** Stores the approvals tenant admins decide on cooperatives' products. */
class ApprovalModuleService extends MedusaService({ ProductApproval }) {}

export default ApprovalModuleService
