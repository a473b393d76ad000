import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { sessionRoutes, sessionToken, sessionViewportHeight } from "./session.ts";

const SAME_ORIGIN = { "Sec-Fetch-Site": "same-origin" };
const JSON_BODY = { ...SAME_ORIGIN, "Content-Type": "application/json" };

interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case; a flag such as HttpOnly has the value "". */
  attributes: Map<string, string>;
}

/** The names of the cookies a response sets or clears. */
function cookieNames(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.slice(0, header.indexOf("=")));
}

/** The response's one Set-Cookie of that name, split into its name, value and attributes. */
function theCookie(response: Response, name = "kanbert_token"): SetCookie {
  const headers = response.headers.getSetCookie().filter((header) => header.startsWith(`${name}=`));
  expect(headers).toHaveLength(1);
  const [pair = "", ...attributes] = (headers[0] ?? "").split(";").map((part) => part.trim());
  const equals = pair.indexOf("=");
  return {
    name: pair.slice(0, equals),
    value: pair.slice(equals + 1),
    attributes: new Map(
      attributes.map((attribute) => {
        const [name = "", ...value] = attribute.split("=");
        return [name.toLowerCase(), value.join("=")];
      }),
    ),
  };
}

function post(body: string, headers: Record<string, string> = JSON_BODY, url = "/session") {
  return sessionRoutes({ trustProxy: false }).request(url, { method: "POST", headers, body });
}

/** A refusal: its status, a JSON `{"message": "…"}`, and no cookie set or cleared. */
async function expectRefused(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toContain("application/json");
  const body: unknown = await response.json();
  expect(body).toEqual({ message: expect.any(String) });
  expect(response.headers.getSetCookie()).toEqual([]);
}

describe("POST /session", () => {
  it("keeps the token in an HttpOnly, SameSite=Strict cookie on /clients for 30 days", async () => {
    const response = await post('{"token":"tok-1"}');
    expect(response.status).toBe(204);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.text()).toBe("");
    const cookie = theCookie(response);
    expect(cookie.name).toBe("kanbert_token");
    expect(cookie.value).toBe("tok-1");
    expect(cookie.attributes.get("max-age")).toBe("2592000");
    expect(cookie.attributes.get("path")).toBe("/clients");
    expect(cookie.attributes.has("httponly")).toBe(true);
    expect(cookie.attributes.get("samesite")).toBe("Strict");
    // Plain http: a Secure cookie would never come back.
    expect(cookie.attributes.has("secure")).toBe(false);
  });

  it("keeps the viewport's height beside it, in a cookie like it, so the page has as many rows", async () => {
    const response = await post('{"token":"tok-1","viewportHeight":823}');
    expect(response.status).toBe(204);
    expect(cookieNames(response).sort()).toEqual(["kanbert_token", "kanbert_viewport"]);
    const cookie = theCookie(response, "kanbert_viewport");
    expect(cookie.value).toBe("823");
    expect(cookie.attributes.get("max-age")).toBe("2592000");
    expect(cookie.attributes.get("path")).toBe("/clients");
    expect(cookie.attributes.has("httponly")).toBe(true);
    expect(cookie.attributes.get("samesite")).toBe("Strict");
  });

  it("forgets a viewport height when it is not told one", async () => {
    const response = await post('{"token":"tok-1"}');
    const cookie = theCookie(response, "kanbert_viewport");
    expect(cookie.value).toBe("");
    expect(cookie.attributes.get("max-age")).toBe("0");
    expect(cookie.attributes.get("path")).toBe("/clients");
  });

  it("refuses with 422 a viewport height that is not a whole number of px from 1 to 10,000", async () => {
    for (const height of ["0", "-1", "82.5", '"823"', "10001", "null"]) {
      await expectRefused(await post(`{"token":"tok-1","viewportHeight":${height}}`), 422);
    }
    expect((await post('{"token":"tok-1","viewportHeight":10000}')).status).toBe(204);
  });

  it("accepts a JSON content type with a charset", async () => {
    const response = await post('{"token":"tok-1"}', {
      ...SAME_ORIGIN,
      "Content-Type": "application/json; charset=utf-8",
    });
    expect(response.status).toBe(204);
    expect(theCookie(response).value).toBe("tok-1");
  });

  it("marks the cookie Secure when the request came over TLS", async () => {
    const response = await post('{"token":"tok-1"}', JSON_BODY, "https://console.example/session");
    expect(response.status).toBe(204);
    expect(theCookie(response).attributes.has("secure")).toBe(true);
  });

  it("believes X-Forwarded-Proto: https only from a trusted proxy", async () => {
    const init = {
      method: "POST",
      headers: { ...JSON_BODY, "X-Forwarded-Proto": "https" },
      body: '{"token":"tok-1"}',
    };
    const trusted = await sessionRoutes({ trustProxy: true }).request("http://console.example/session", init);
    expect(trusted.status).toBe(204);
    expect(theCookie(trusted).attributes.has("secure")).toBe(true);
    const untrusted = await sessionRoutes({ trustProxy: false }).request(
      "http://console.example/session",
      init,
    );
    expect(untrusted.status).toBe(204);
    expect(theCookie(untrusted).attributes.has("secure")).toBe(false);
  });

  it("refuses with 403 a request that is not from the console's own pages", async () => {
    const cases: Record<string, Record<string, string>> = {
      "no Sec-Fetch-Site": { "Content-Type": "application/json" },
      "cross-site": { "Sec-Fetch-Site": "cross-site", "Content-Type": "application/json" },
      "same-site": { "Sec-Fetch-Site": "same-site", "Content-Type": "application/json" },
      none: { "Sec-Fetch-Site": "none", "Content-Type": "application/json" },
    };
    for (const headers of Object.values(cases)) {
      await expectRefused(await post('{"token":"tok-1"}', headers), 403);
    }
  });

  it("refuses with 400 a body that is not sent as JSON", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
      await expectRefused(
        await post('{"token":"tok-1"}', { ...SAME_ORIGIN, "Content-Type": contentType }),
        400,
      );
    }
    await expectRefused(await post('{"token":"tok-1"}', SAME_ORIGIN), 400);
  });

  it("refuses with 400 a body that is not valid JSON", async () => {
    await expectRefused(await post('{"token":'), 400);
    await expectRefused(await post(""), 400);
  });

  it("refuses with 422 a body without a usable token", async () => {
    const bodies = [
      '{"token":""}',
      '{"token":"has space"}',
      '{"token":"tab\\there"}',
      '{"token":"caf\u00e9"}',
      '{"token":5}',
      '{"token":null}',
      "{}",
      "[]",
      '"tok-1"',
      `{"token":"${"a".repeat(4097)}"}`,
    ];
    for (const body of bodies) {
      await expectRefused(await post(body), 422);
    }
  });

  it("accepts a token of 4,096 printable characters", async () => {
    const response = await post(`{"token":"${"a".repeat(4096)}"}`);
    expect(response.status).toBe(204);
    expect(theCookie(response).value).toBe("a".repeat(4096));
  });

  it("refuses with 413 a body larger than 8 KB, with or without a Content-Length", async () => {
    const body = `{"token":"${"a".repeat(10_000)}"}`;
    await expectRefused(await post(body, { ...JSON_BODY, "Content-Length": String(body.length) }), 413);
    // Without one, the body is counted as it arrives.
    await expectRefused(await post(body), 413);
  });

  it("sets a cookie that gives the very token back, whatever printable characters it has", async () => {
    const token = 'a;b=c%d"e,f\\g';
    const response = await post(JSON.stringify({ token }));
    expect(response.status).toBe(204);
    const cookie = theCookie(response);
    const reader = new Hono().get("/clients", (c) => c.text(sessionToken(c) ?? "(none)"));
    const read = await reader.request("/clients", {
      headers: { Cookie: `other=1; ${cookie.name}=${cookie.value}` },
    });
    expect(await read.text()).toBe(token);
  });
});

describe("DELETE /session", () => {
  it("expires the cookies on /clients", async () => {
    const response = await sessionRoutes({ trustProxy: false }).request("/session", {
      method: "DELETE",
      headers: SAME_ORIGIN,
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(cookieNames(response).sort()).toEqual(["kanbert_token", "kanbert_viewport"]);
    for (const name of ["kanbert_token", "kanbert_viewport"]) {
      const cookie = theCookie(response, name);
      expect(cookie.value, name).toBe("");
      expect(cookie.attributes.get("max-age"), name).toBe("0");
      expect(cookie.attributes.get("path"), name).toBe("/clients");
    }
  });

  it("refuses with 403 a request that is not from the console's own pages", async () => {
    for (const site of [undefined, "cross-site", "same-site"]) {
      const response = await sessionRoutes({ trustProxy: false }).request("/session", {
        method: "DELETE",
        headers: site === undefined ? {} : { "Sec-Fetch-Site": site },
      });
      await expectRefused(response, 403);
    }
  });
});

describe("sessionToken", () => {
  it("is undefined without the cookie, or with an empty one", async () => {
    const reader = new Hono().get("/clients", (c) => c.text(sessionToken(c) ?? "(none)"));
    for (const cookie of [undefined, "other=1", "kanbert_token="]) {
      const response = await reader.request("/clients", {
        headers: cookie === undefined ? {} : { Cookie: cookie },
      });
      expect(await response.text(), cookie).toBe("(none)");
    }
  });
});

describe("sessionViewportHeight", () => {
  it("is the height the cookie holds, or undefined for none or one this server would not have set", async () => {
    const reader = new Hono().get("/clients", (c) => c.text(String(sessionViewportHeight(c))));
    const cases: [string | undefined, string][] = [
      ["kanbert_viewport=823", "823"],
      ["other=1; kanbert_viewport=10000", "10000"],
      [undefined, "undefined"],
      ["kanbert_viewport=", "undefined"],
      ["kanbert_viewport=0", "undefined"],
      ["kanbert_viewport=0823", "undefined"],
      ["kanbert_viewport=10001", "undefined"],
      ["kanbert_viewport=82.5", "undefined"],
      ["kanbert_viewport=tall", "undefined"],
    ];
    for (const [cookie, expected] of cases) {
      const response = await reader.request("/clients", {
        headers: cookie === undefined ? {} : { Cookie: cookie },
      });
      expect(await response.text(), cookie).toBe(expected);
    }
  });
});
