import { describe, expect, it } from "vitest";
import { COMMAND_INDEX, dispatch } from "../../src/cli/command-index.js";
import { COMMANDS } from "../../src/cli/main.js";

describe("the command index the binary dispatches with", () => {
  it("names every command, in the same order, and loads the same command object", async () => {
    expect(COMMAND_INDEX.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const entry of COMMAND_INDEX) {
      expect(await entry.load()).toBe(COMMANDS.find((c) => c.name === entry.name));
    }
  });

  it("answers help, version and unknown commands without loading one", () => {
    for (const args of [["--help"], ["-h"], ["help"], ["--version"], ["no-such-command"]]) {
      expect("entry" in dispatch(args)).toBe(false);
    }
    expect(dispatch(["no-such-command"])).toMatchObject({ code: 2 });
    const next = dispatch([]);
    expect("entry" in next && next.entry.name).toBe(COMMANDS[0]?.name);
  });
});
