import { describe, expect, it } from "vitest";
import { assertDistinctPorts, ConfigError, FETCH_BAD_PORTS, parseEnv, port } from "./env";

const parsePort = (value: string | undefined) => parseEnv({ GATEWAY_PORT: port(4000) }, { GATEWAY_PORT: value });

/** What Node's own fetch says about a port on this machine, without anything listening there. */
async function fetchRefusal(value: number): Promise<string> {
  try {
    await fetch(`http://127.0.0.1:${value}/`, { signal: AbortSignal.timeout(2000) });
    return "answered";
  } catch (error) {
    return String((error as { cause?: { message?: string } }).cause?.message ?? error);
  }
}

describe("port()", () => {
  it("accepts 0 through 65535 and refuses just outside, naming the variable", () => {
    expect(parsePort("0").GATEWAY_PORT).toBe(0);
    expect(parsePort("65535").GATEWAY_PORT).toBe(65535);
    expect(() => parsePort("65536")).toThrow(/GATEWAY_PORT: .*65535/);
    expect(() => parsePort("-1")).toThrow(/GATEWAY_PORT: .*0/);
    expect(() => parsePort("4000.5")).toThrow(/GATEWAY_PORT/);
    expect(() => parsePort("four")).toThrow(ConfigError);
  });

  it("takes the default when the variable is unset or empty, never port 0 for an empty value", () => {
    expect(parsePort(undefined).GATEWAY_PORT).toBe(4000);
    expect(parsePort("").GATEWAY_PORT).toBe(4000);
  });

  it("refuses every port Node's fetch refuses, with a message naming the variable and the reason", async () => {
    expect(() => parsePort("6000")).toThrow(
      'GATEWAY_PORT: port 6000 is refused by fetch (a "bad port" in the Fetch standard); choose another',
    );
    for (const bad of FETCH_BAD_PORTS) {
      expect(() => parsePort(String(bad)), `port ${bad}`).toThrow(ConfigError);
      expect(await fetchRefusal(bad), `fetch to port ${bad}`).toBe("bad port");
    }
  });

  it("accepts the neighbours of bad ports, which fetch does connect to", async () => {
    for (const neighbour of [5999, 6001, 10079, 10081, 2]) {
      expect(parsePort(String(neighbour)).GATEWAY_PORT).toBe(neighbour);
      expect(await fetchRefusal(neighbour)).not.toBe("bad port");
    }
  });
});

describe("assertDistinctPorts", () => {
  it("refuses a port used twice, naming both variables", () => {
    expect(() => assertDistinctPorts({ GATEWAY_PORT: 4000, TENANCY_PORT: 4001, WEB_PORT: 4001 })).toThrow(
      "TENANCY_PORT, WEB_PORT: all set to port 4001; each service needs its own port",
    );
  });

  it("lists every collision at once and lets port 0 (any free port) repeat", () => {
    const problems = (() => {
      try {
        assertDistinctPorts({ A_PORT: 1, B_PORT: 1, C_PORT: 2, D_PORT: 2, E_PORT: 0, F_PORT: 0 });
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    })();
    expect(problems).toEqual([
      "A_PORT, B_PORT: all set to port 1; each service needs its own port",
      "C_PORT, D_PORT: all set to port 2; each service needs its own port",
    ]);
    expect(() => assertDistinctPorts({ A_PORT: 4000, B_PORT: 4001, C_PORT: 0, D_PORT: 0 })).not.toThrow();
  });
});
