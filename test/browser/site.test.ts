import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, relative, resolve } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corridorLegs, corridorNodes, facilities } from "../../src/index.js";

// Opens the built documentation site in Debian's headless Chromium (installed by .ci/run) and checks
// what a reader sees. Locally without Chromium the suite is skipped; in CI it must run.
const repo = resolve(import.meta.dirname, "../..");
const site = resolve(repo, "docs-site");
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

  /** The page TypeDoc made for the guide titled `title` (from its front matter). */
  function guidePath(title: string): string {
    const file = readdirSync(join(site, "documents")).find((f) => f === `${title.replace(/ /g, "_")}.html`);
    if (file === undefined) throw new Error(`no page for the guide '${title}' in docs-site/documents`);
    return `documents/${file}`;
  }

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
    const { page, errors } = await open(guidePath("Supply analytics"));
    expect(await page.locator("h1").first().textContent()).toContain("Supply analytics");
    const images = page.locator("img[src$='.svg']");
    expect(await images.count()).toBeGreaterThanOrEqual(2);
    for (const img of await images.all())
      expect(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the map with every corridor leg and node drawn", async () => {
    const guide = await open(guidePath("Corridors and routing"));
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
  it("shows each guide under its title, once, with no front matter turned into a heading", async () => {
    const guides = readdirSync(join(repo, "docs")).filter((f) => f.endsWith(".md"));
    const titles = guides.map((g) => {
      const m = /^---\ntitle: (.+)\n---\n/.exec(readFileSync(join(repo, "docs", g), "utf8"));
      expect(m, `docs/${g} starts with front matter that names its title`).not.toBeNull();
      return m?.[1] ?? "";
    });
    for (const title of titles) {
      const { page, errors } = await open(guidePath(title));
      const headings = await page.locator("h1, h2, h3, h4, h5, h6").allTextContents();
      const stray = headings.filter((h) => /^\s*(title|---)\s*:?/i.test(h));
      expect(stray, `${title}: headings made of front matter`).toEqual([]);
      expect(await page.locator(".col-content h1").allTextContents(), title).toEqual([title]);
      expect(await page.locator(".col-content").textContent()).not.toMatch(/^\s*title:/m);
      expect(errors).toEqual([]);
      await page.close();
    }
    // the sidebar lists the guides by title, never by file name
    const { page } = await open("index.html");
    await page.waitForSelector(".tsd-navigation a");
    const nav = await page.locator(".tsd-navigation a").allTextContents();
    for (const title of titles) expect(nav, title).toContain(title);
    expect(nav.filter((t) => /^docs[_/]/.test(t))).toEqual([]);
    await page.close();
  });

  it("names the package once as the home page's heading", async () => {
    const { page } = await open("index.html");
    expect(await page.locator("h1").allTextContents()).toEqual(["c5-minerals"]);
    await page.close();
  });

  it("has no broken internal link, and every source link points at a line of a file in the repository", () => {
    const pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(50);
    const broken: string[] = [];
    const badSource: string[] = [];
    let sourceLinks = 0;
    for (const file of pages) {
      const html = readFileSync(join(site, file), "utf8");
      for (const [, , url = ""] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const source = /^https:\/\/github\.com\/c5-minerals\/c5-minerals\/blob\/[^/]+\/([^#]+)#L(\d+)$/.exec(url);
        if (source !== null) {
          sourceLinks++;
          const path = join(repo, decodeURIComponent(source[1] ?? ""));
          const lines = existsSync(path) ? readFileSync(path, "utf8").split("\n").length : 0;
          if (lines < Number(source[2])) badSource.push(`${file}: ${url}`);
          continue;
        }
        if (url === "" || /^(https?:|mailto:|data:|#|javascript:)/.test(url)) continue;
        const target = url.split("#")[0]?.split("?")[0] ?? "";
        const path = normalize(join(dirname(join(site, file)), decodeURIComponent(target)));
        if (!path.startsWith(site) || !existsSync(path)) broken.push(`${file} → ${url}`);
      }
      // a link to a repository path that is not a source line (e.g. a guide linking ../src/...) must exist too
      for (const [, path = ""] of html.matchAll(
        /href="https:\/\/github\.com\/c5-minerals\/c5-minerals\/(?:blob|tree)\/[^/]+\/([^"#]+)"/g,
      ))
        if (!existsSync(join(repo, decodeURIComponent(path)))) badSource.push(`${file}: ${path}`);
    }
    expect(broken).toEqual([]);
    expect(badSource).toEqual([]);
    expect(sourceLinks).toBeGreaterThan(100);
    expect(relative(repo, site)).toBe("docs-site");
  });

  it("captions name the editions the pictures' data come from, and no other", async () => {
    const svgs = readdirSync(join(site, "media")).filter((f) => f.endsWith(".svg"));
    let checked = 0;
    for (const svg of svgs) {
      const { page } = await open(`media/${svg}`);
      const data = new Set(
        await page.locator("[data-vintage]").evaluateAll((els) => els.map((e) => e.getAttribute("data-vintage") ?? "")),
      );
      const captions = page.locator(".source-caption");
      if (data.size > 0 || (await captions.count()) > 0) {
        checked++;
        expect(await captions.count(), svg).toBe(1);
        const named = new Set((await captions.first().getAttribute("data-vintages"))?.split(" "));
        expect(named, svg).toEqual(data);
        // every edition year the caption's text names is the year of an edition its data come from
        const text = (await captions.first().textContent()) ?? "";
        const years = [...text.matchAll(/(?:Mineral Commodity Summaries|MCS) (\d{4})/g)].map((m) => m[1]);
        const dataYears = [...data].flatMap((v) => /^usgs-mcs-(\d{4})$/.exec(v)?.[1] ?? []);
        expect(new Set(years), `${svg}: ${text}`).toEqual(new Set(dataYears));
      }
      await page.close();
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it("draws map labels that do not overlap, and names the facility points", async () => {
    for (const [svg, selector] of [
      ["corridor-map.svg", "g.node text"],
      ["facilities-map.svg", "g.node text, g.facility text, g.key text"],
    ] as const) {
      const { page } = await open(`media/${svg}`);
      const boxes = await page.locator(selector).evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: e.textContent ?? "" };
        }),
      );
      expect(boxes.length, svg).toBeGreaterThan(10);
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a && b && a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5)
            overlaps.push(`${a.text} / ${b.text}`);
        }
      expect(overlaps, svg).toEqual([]);
      if (svg === "facilities-map.svg") {
        const located = facilities.filter((f) => f.location !== undefined);
        expect(await page.locator("g.facility").count()).toBe(located.length);
        // every point names its facility on hover, and most carry a visible label
        const titles = await page.locator("g.facility > title").allTextContents();
        for (const f of located) expect(titles.some((t) => t.startsWith(f.name))).toBe(true);
        expect(await page.locator("g.facility text").count()).toBeGreaterThan(located.length / 2);
        // and every point is labelled: with its name, or with a number keyed to its name below the map
        const named = [
          ...(await page.locator("g.facility text").allTextContents()),
          ...(await page.locator("g.key text").allTextContents()),
        ];
        for (const f of located)
          expect(
            named.some((t) => t === f.name || t.endsWith(` ${f.name}`)),
            f.id,
          ).toBe(true);
      }
      await page.close();
    }
  });
});
