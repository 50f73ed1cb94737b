import { MedusaService } from '@medusajs/framework/utils'
import { OcopCertificate } from './models/ocop-certificate'

/** Stores OCOP certificates; status rules live in `certificate-rules.ts`. */
class OcopModuleService extends MedusaService({ OcopCertificate }) {}

export default OcopModuleService
