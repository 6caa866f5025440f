import { extraReads, longestSilence, pollWindows } from "../poll-windows"

const read = (ref: string, at: number) => ({ ref, at })

describe("pollWindows", () => {
  it("opens a window at a read and keeps the reads that follow within it", () => {
    const windows = pollWindows(
      [read("A", 0), read("A", 40), read("A", 2_010), read("A", 3_990)],
      1_500
    )

    expect(windows.get("A")).toEqual([
      { start: 0, reads: 2 },
      { start: 2_010, reads: 1 },
      { start: 3_990, reads: 1 },
    ])
  })

  it("keeps each loan's windows apart and sorts reads by time", () => {
    const windows = pollWindows(
      [read("B", 2_000), read("A", 2_005), read("A", 0), read("B", 3)],
      1_500
    )

    expect(windows.get("A")).toEqual([
      { start: 0, reads: 1 },
      { start: 2_005, reads: 1 },
    ])
    expect(windows.get("B")).toEqual([
      { start: 3, reads: 1 },
      { start: 2_000, reads: 1 },
    ])
  })

  it("anchors a window at its first read, not at a grid", () => {
    // 1 499 ms after the first read is the same poll; 1 500 ms is the next.
    const windows = pollWindows(
      [read("A", 100), read("A", 1_599), read("A", 1_600)],
      1_500
    )

    expect(windows.get("A")).toEqual([
      { start: 100, reads: 2 },
      { start: 1_600, reads: 1 },
    ])
  })
})

describe("extraReads", () => {
  const windows = pollWindows(
    [
      read("A", 0),
      read("A", 30),
      read("A", 2_000),
      read("B", 0),
      read("B", 2_000),
      read("C", 0),
      read("C", 20),
      read("C", 2_000),
      read("C", 2_020),
    ],
    1_500
  )

  it("finds a loan read twice in one window", () => {
    expect(extraReads(windows)).toEqual([
      { ref: "A", extra: 1, allowed: 0 },
      { ref: "C", extra: 2, allowed: 0 },
    ])
  })

  it("grants a loan the extra reads it is allowed, and no more", () => {
    expect(extraReads(windows, { A: 1, C: 1 })).toEqual([
      { ref: "C", extra: 2, allowed: 1 },
    ])
  })
})

describe("longestSilence", () => {
  const windows = pollWindows(
    [read("A", 1_000), read("A", 3_000), read("A", 9_000)],
    1_500
  )

  it("measures the longest gap between the windows watched", () => {
    expect(longestSilence(windows, "A", 0, 10_000)).toBe(6_000)
  })

  it("counts the time from the last read to the end of the watch", () => {
    expect(longestSilence(windows, "A", 0, 20_000)).toBe(11_000)
  })

  it("is the whole watch for a loan never read", () => {
    expect(longestSilence(windows, "B", 500, 4_500)).toBe(4_000)
  })
})
