import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findCartBaloanSession } from "../queries/find-cart-baloan-session"

export const findCartBaloanSessionStep = createStep(
  "find-cart-baloan-session",
  async (input: { session_id: string; cart_id: string }, { container }) => {
    return new StepResponse(await findCartBaloanSession(container, input))
  }
)
