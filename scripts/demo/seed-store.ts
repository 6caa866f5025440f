// Seeds the demo store through Medusa's own workflows, as a shop owner's
// first setup would: an IRR region that offers the Baloan provider, a
// warehouse that ships to Iran, one product in stock and a publishable key.
// Run by `medusa exec <this file> <output.json> <payment provider id>`; it
// writes the ids the shopper needs to the output file.
import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createLocationFulfillmentSetWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

type Container = ExecArgs["container"]

// Whole rials: IRR has no minor unit in Medusa's currency list.
const PRODUCT_PRICE_IRR = 185_000_000
const SHIPPING_PRICE_IRR = 1_500_000
const STOCK = 50

export default async function seedDemoStore({ container, args }: ExecArgs) {
  const [outputFile, providerId] = args
  if (!outputFile || !providerId) {
    throw new Error("usage: seed-store.ts <output.json> <payment provider id>")
  }

  const salesChannelId = await prepareStore(container)
  const regionId = await createIranRegion(container, providerId)
  const shipping = await createShipping(container, salesChannelId, regionId)
  const variantId = await createProduct(container, {
    salesChannelId,
    shippingProfileId: shipping.profileId,
    locationId: shipping.locationId,
  })
  const publishableKey = await createPublishableKey(container, salesChannelId)

  writeFileSync(
    outputFile,
    JSON.stringify({ regionId, variantId, publishableKey }, null, 2)
  )
}

async function prepareStore(container: Container): Promise<string> {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  const salesChannelId = store.default_sales_channel_id
  if (!salesChannelId) {
    throw new Error("the store has no default sales channel")
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Baloan demo store",
        supported_currencies: [{ currency_code: "irr", is_default: true }],
      },
    },
  })
  return salesChannelId
}

async function createIranRegion(container: Container, providerId: string) {
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Iran",
          currency_code: "irr",
          countries: ["ir"],
          payment_providers: [providerId],
        },
      ],
    },
  })
  return result[0].id
}

async function createShipping(
  container: Container,
  salesChannelId: string,
  regionId: string
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const { result: locations } = await createStockLocationsWorkflow(
    container
  ).run({
    input: {
      locations: [
        {
          name: "Tehran warehouse",
          address: {
            address_1: "Valiasr St.",
            city: "Tehran",
            country_code: "IR",
          },
        },
      ],
    },
  })
  const locationId = locations[0].id

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: locationId, add: [salesChannelId] },
  })

  const serviceZoneId = await createIranServiceZone(container, locationId)
  const profileId = await shippingProfileId(container)

  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Post (3 to 5 days)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: profileId,
        type: { label: "Post", description: "3 to 5 days", code: "post" },
        prices: [
          { currency_code: "irr", amount: SHIPPING_PRICE_IRR },
          { region_id: regionId, amount: SHIPPING_PRICE_IRR },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  return { locationId, profileId }
}

async function createIranServiceZone(container: Container, locationId: string) {
  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: locationId,
      fulfillment_set_data: {
        name: "Tehran warehouse shipping",
        type: "shipping",
      },
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: locationId },
  })
  const fulfillmentSetId = data[0].fulfillment_sets?.[0]?.id
  if (!fulfillmentSetId) {
    throw new Error("the warehouse's fulfillment set was not created")
  }

  const { result } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          name: "Iran",
          fulfillment_set_id: fulfillmentSetId,
          geo_zones: [{ type: "country", country_code: "ir" }],
        },
      ],
    },
  })
  return result[0].id
}

async function shippingProfileId(container: Container): Promise<string> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillmentModule.listShippingProfiles({
    type: "default",
  })
  if (existing) {
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  return result[0].id
}

async function createProduct(
  container: Container,
  ids: { salesChannelId: string; shippingProfileId: string; locationId: string }
): Promise<string> {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Espresso machine",
          handle: "espresso-machine",
          description: "A home espresso machine, to be paid with a loan.",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: ids.shippingProfileId,
          sales_channels: [{ id: ids.salesChannelId }],
          options: [{ title: "Colour", values: ["Steel"] }],
          variants: [
            {
              title: "Steel",
              sku: "ESPRESSO-STEEL",
              options: { Colour: "Steel" },
              manage_inventory: true,
              prices: [{ currency_code: "irr", amount: PRODUCT_PRICE_IRR }],
            },
          ],
        },
      ],
    },
  })
  const variantId = result[0].variants[0].id

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  const inventoryItemId = data[0].inventory_items?.[0]?.inventory_item_id
  if (!inventoryItemId) {
    throw new Error("the product's inventory item was not created")
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: inventoryItemId,
          location_id: ids.locationId,
          stocked_quantity: STOCK,
        },
      ],
    },
  })
  return variantId
}

async function createPublishableKey(
  container: Container,
  salesChannelId: string
): Promise<string> {
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: "Demo storefront", type: "publishable", created_by: "" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}
