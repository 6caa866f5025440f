import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

export const BALOAN_PROVIDER_ID = "pp_baloan_baloan"
export const ADMIN_EMAIL = "admin@baloan.test"
export const ADMIN_PASSWORD = "integration-password"

export type SeededStore = {
  publishableKey: string
  regionId: string
  variantId: string
  shippingOptionId: string
  currencyCode: string
  unitPrice: number
  shippingPrice: number
}

/**
 * A minimal store that sells one product in one Iranian region with the
 * Baloan provider enabled: what a shop sets up before taking loans.
 */
export async function seedStore(
  container: MedusaContainer,
  { currencyCode = "irr" }: { currencyCode?: string } = {}
): Promise<SeededStore> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  // Prices a shop in Iran would show: rials, or the same in tomans.
  const unitPrice = currencyCode === "irr" ? 25_000_000 : 2_500_000
  const shippingPrice = currencyCode === "irr" ? 500_000 : 50_000

  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Web shop" }] },
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Iran",
          currency_code: currencyCode,
          countries: ["ir"],
          payment_providers: [BALOAN_PROVIDER_ID],
        },
      ],
    },
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Tehran warehouse",
          address: {
            city: "Tehran",
            country_code: "IR",
            address_1: "Vali-e Asr",
          },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannel.id] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Iran delivery",
    type: "shipping",
    service_zones: [
      { name: "Iran", geo_zones: [{ country_code: "ir", type: "country" }] },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const {
    result: [shippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard post",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "3-5 days", code: "standard" },
        prices: [
          { currency_code: currencyCode, amount: shippingPrice },
          { region_id: region.id, amount: shippingPrice },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Espresso machine",
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Model", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku: `ESPRESSO-${Date.now()}`,
              options: { Model: "Standard" },
              manage_inventory: true,
              prices: [{ amount: unitPrice, currency_code: currencyCode }],
            },
          ],
          sales_channels: [{ id: salesChannel.id }],
        },
      ],
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id: product.id },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          location_id: location.id,
          stocked_quantity: 1000,
          inventory_item_id: variants[0].inventory_items![0]!
            .inventory_item_id as string,
        },
      ],
    },
  })

  return {
    publishableKey: apiKey.token,
    regionId: region.id,
    variantId: variants[0].id,
    shippingOptionId: shippingOption.id,
    currencyCode,
    unitPrice,
    shippingPrice,
  }
}

/** An admin user who signs in with email and password, as in the admin. */
export async function createAdminUser(container: MedusaContainer) {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    url: "",
    headers: {},
    query: {},
    protocol: "http",
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the admin: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: ADMIN_EMAIL },
    },
  })
}
