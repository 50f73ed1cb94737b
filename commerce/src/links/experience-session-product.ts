import { defineLink } from '@medusajs/framework/utils'
import ProductModule from '@medusajs/medusa/product'
import BookingModule from '../modules/booking'

/** An experience (a product) has many sessions; read through `product_id`, no link table. */
export default defineLink(
  { linkable: BookingModule.linkable.experienceSession, field: 'product_id', isList: true },
  ProductModule.linkable.product,
  { readOnly: true },
)
