import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BaloanModule from "../modules/baloan"

/** An order and the loan applications that paid (or tried to pay) for it. */
export default defineLink(OrderModule.linkable.order, {
  linkable: BaloanModule.linkable.baloanLoan,
  isList: true,
})
