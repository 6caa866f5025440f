import type { Logger } from "@medusajs/framework/types"
import { DaloanClient } from "../../lib/daloan"
import { parsePluginOptions, type BaloanPluginOptions } from "../../lib/options"
import { createSealer, type Sealer } from "../../lib/seal"

type InjectedDependencies = {
  logger: Logger
}

/**
 * The plugin's own module. A payment provider lives inside the payment
 * module's container, out of reach of routes, jobs and subscribers; this
 * module gives them the same gateway client, options and sealing key.
 */
export default class BaloanModuleService {
  protected readonly options_: BaloanPluginOptions
  protected readonly client_: DaloanClient
  protected readonly sealer_: Sealer

  constructor({ logger }: InjectedDependencies, options: unknown) {
    this.options_ = parsePluginOptions(options)
    this.sealer_ = createSealer(this.options_.clientSecret)
    this.client_ = new DaloanClient(
      {
        baseUrl: this.options_.baseUrl,
        clientId: this.options_.clientId,
        clientSecret: this.options_.clientSecret,
        timeoutMs: this.options_.timeoutMs,
        maxRetries: this.options_.maxRetries,
      },
      { logger }
    )
  }

  getOptions(): BaloanPluginOptions {
    return this.options_
  }

  getClient(): DaloanClient {
    return this.client_
  }

  getSealer(): Sealer {
    return this.sealer_
  }
}
