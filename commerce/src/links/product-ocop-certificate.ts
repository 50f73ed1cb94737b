import { defineLink } from '@medusajs/framework/utils'
import ProductModule from '@medusajs/medusa/product'
import OcopModule from '../modules/ocop'

/** Each product has at most one OCOP certificate. */
export default defineLink(ProductModule.linkable.product, OcopModule.linkable.ocopCertificate)
