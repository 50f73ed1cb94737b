import { MedusaService } from '@medusajs/framework/utils'
import { Cooperative } from './models/cooperative'
import { CooperativeMember } from './models/cooperative-member'

/** Stores cooperatives and the members who sign in for them. */
class CooperativeModuleService extends MedusaService({ Cooperative, CooperativeMember }) {}

export default CooperativeModuleService
