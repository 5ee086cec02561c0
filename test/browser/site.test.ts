import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corridorLegs, corridorNodes } from "../../src/index.js";

// Opens the built documentation site in Debian's headless Chromium (installed by .ci/run) and checks
// what a reader sees. Locally without Chromium the suite is skipped; in CI it must run.
const site = resolve(import.meta.dirname, "../../docs-site");
const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const available = executablePath !== undefined && existsSync(join(site, "index.html"));
if (process.env.CI === "true" && !available)
  throw new Error("CI needs Chromium (/usr/bin/chromium) and the built docs-site/ for the browser check");

describe.skipIf(!available)("the documentation site in Chromium", () => {
  let browser: Browser;
  let server: Server;
  let base = "";
  const types: Record<string, string> = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".json": "application/json",
  };
  beforeAll(async () => {
    // a static file server on the loopback interface, so the site's scripts load as they do when hosted
    server = createServer((req, res) => {
      const path = normalize(join(site, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
      if (path.endsWith("favicon.ico")) {
        res.writeHead(204).end(); // browsers ask for it on their own; the site has none
        return;
      }
      const file = path.endsWith("/") ? join(path, "index.html") : path;
      if (!file.startsWith(site) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  async function open(file: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(new URL(file, base).href, { waitUntil: "load" });
    return { page, errors };
  }

  it("loads the index without console errors and shows the package name", async () => {
    const { page, errors } = await open("index.html");
    expect(await page.title()).toContain("c5-minerals");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads a guide with its pictures", async () => {
    const { page, errors } = await open("documents/docs_supply-analytics.html");
    expect(await page.locator("h1").first().textContent()).toContain("Supply analytics");
    const images = page.locator("img[src$='.svg']");
    expect(await images.count()).toBeGreaterThanOrEqual(2);
    for (const img of await images.all())
      expect(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the map with every corridor leg and node drawn", async () => {
    const guide = await open("documents/docs_corridors-and-routing.html");
    const src = await guide.page.locator("img[src$='corridor-map.svg']").getAttribute("src");
    expect(src).toBeTruthy();
    await guide.page.close();
    const { page, errors } = await open(`documents/${src}`);
    expect(await page.locator("g.legs line.leg").count()).toBe(corridorLegs.length);
    expect(await page.locator("g.node").count()).toBe(corridorNodes.length);
    expect(await page.locator("path.country.c5").count()).toBe(5);
    const box = await page.locator("g.legs line.leg").first().boundingBox();
    expect((box?.width ?? 0) + (box?.height ?? 0)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
