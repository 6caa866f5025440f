import { readLiveRecord } from "../read-live-record"
import { gatewayRecord } from "./loan-builders"

describe("readLiveRecord", () => {
  it("answers the gateway's record with the time it was read", async () => {
    const record = gatewayRecord()
    const read = await readLiveRecord(
      { getLoanApplication: async () => record },
      "LN_00000000042"
    )
    expect(read).toEqual({ kind: "live", record, at: expect.any(Date) })
  })

  it("says unreachable when the gateway fails", async () => {
    const read = await readLiveRecord(
      {
        getLoanApplication: async () => {
          throw new Error("connection refused")
        },
      },
      "LN_00000000042"
    )
    expect(read).toEqual({ kind: "unreachable" })
  })

  it("stops waiting at the deadline", async () => {
    const startedAt = Date.now()
    const read = await readLiveRecord(
      { getLoanApplication: () => new Promise(() => {}) },
      "LN_00000000042",
      50
    )
    expect(read).toEqual({ kind: "unreachable" })
    expect(Date.now() - startedAt).toBeLessThan(1_000)
  })

  it("does not ask the gateway about a loan without a reference", async () => {
    const getLoanApplication = jest.fn()
    expect(await readLiveRecord({ getLoanApplication }, null)).toEqual({
      kind: "not_asked",
    })
    expect(getLoanApplication).not.toHaveBeenCalled()
  })
})
