import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { type IncomingHttpHeaders, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./support/use-test-server.ts";

const ASSET = "/assets/participation-page-Dk3x9Q.js";
const SCRIPT = Buffer.from(`export const ideas = [${'"Une crèche à Prades", '.repeat(400)}];\n`);
const INDEX = Buffer.from(
  `<!doctype html><html lang="fr"><body><div id="root"></div>${" ".repeat(2000)}</body></html>`,
);

const PHONE_SCRIPT = "window.atelierEarlyRequests = {};";
const PHONE_INDEX = Buffer.from(
  `<!doctype html><html lang="fr"><head><script>${PHONE_SCRIPT}</script></head><body>${" ".repeat(2000)}</body></html>`,
);
const PHONE_ASSET = "/phone/assets/frame-Q7x2.js";
/** The phones' build's pages.json: the paths it serves (client/src/phone-pages.ts). */
const PHONE_PAGES = ["^/rejoindre/?$", "^/participer/[^/]+(?:/[^/]+)?/?$"];

/**
 * A build as client/vite.config.ts writes it: each text file with its brotli and gzip copies; with `phone`, the
 * phones' build in its folder too (client/build/phone-build.ts).
 */
function builtClient({ phone }: { phone: boolean }): string {
  const dist = mkdtempSync(join(tmpdir(), "atelier-client-"));
  mkdirSync(join(dist, "assets"));
  const files: [string, Buffer][] = [
    [ASSET, SCRIPT],
    ["/index.html", INDEX],
  ];
  if (phone) {
    mkdirSync(join(dist, "phone/assets"), { recursive: true });
    writeFileSync(join(dist, "phone/pages.json"), JSON.stringify(PHONE_PAGES));
    files.push([PHONE_ASSET, SCRIPT], ["/phone/index.html", PHONE_INDEX]);
  }
  for (const [path, content] of files) {
    writeFileSync(join(dist, path), content);
    writeFileSync(join(dist, `${path}.br`), brotliCompressSync(content));
    writeFileSync(join(dist, `${path}.gz`), gzipSync(content));
  }
  return dist;
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they crossed the network, not decoded (fetch would decode them). */
  body: Buffer;
}

function getRaw(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

describe("the built client, as a phone downloads it", () => {
  const server = useTestServer({ CLIENT_DIST: builtClient({ phone: false }) });

  it("sends the brotli copy to a browser that accepts it: fewer bytes, the same script once decoded", async () => {
    const answer = await getRaw(`${server.url}${ASSET}`, { "Accept-Encoding": "gzip, deflate, br" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(answer.body).equals(SCRIPT)).toBe(true);
  });

  it("sends the gzip copy to a browser without brotli (Chrome over plain HTTP)", async () => {
    const answer = await getRaw(`${server.url}${ASSET}`, { "Accept-Encoding": "gzip, deflate" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(answer.body).equals(SCRIPT)).toBe(true);
  });

  it("sends the file as it is to a client that accepts no encoding", async () => {
    const answer = await getRaw(`${server.url}${ASSET}`);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(answer.body.equals(SCRIPT)).toBe(true);
  });

  it("sends a hashed file a subresource's security headers only, and a page all of them", async () => {
    const asset = await getRaw(`${server.url}${ASSET}`);
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");
    expect(asset.headers["cross-origin-resource-policy"]).toBe("same-origin");
    for (const pageOnly of ["content-security-policy", "strict-transport-security", "x-frame-options"]) {
      expect(asset.headers[pageOnly], pageOnly).toBeUndefined();
    }
    const page = await getRaw(`${server.url}/rejoindre`);
    expect(page.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(page.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("lets browsers keep hashed files for good, and makes them ask again for the page naming them", async () => {
    expect((await getRaw(`${server.url}${ASSET}`)).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    for (const path of ["/", "/index.html", "/participer/un-espace/un-tableau", "/rejoindre"]) {
      const answer = await getRaw(`${server.url}${path}`, { "Accept-Encoding": "br" });
      expect(answer.headers["cache-control"], path).toBe("no-cache");
      expect(answer.headers["content-encoding"], path).toBe("br");
      expect(brotliDecompressSync(answer.body).equals(INDEX), path).toBe(true);
    }
  });
});

describe("the phones' build", () => {
  const server = useTestServer({ CLIENT_DIST: builtClient({ phone: true }) });

  async function page(path: string): Promise<RawAnswer> {
    return getRaw(`${server.url}${path}`, { "Accept-Encoding": "br" });
  }

  it("is the page of the paths its pages.json names, and only of those", async () => {
    for (const path of ["/rejoindre", "/participer/un-espace", "/participer/un-espace/un-tableau"]) {
      const answer = await page(path);
      expect(answer.headers["cache-control"], path).toBe("no-cache");
      expect(brotliDecompressSync(answer.body).equals(PHONE_INDEX), path).toBe(true);
    }
    for (const path of ["/", "/espaces/un-espace", "/espaces/un-espace/tableaux/un-tableau", "/rejoindre/plus-loin"]) {
      expect(brotliDecompressSync((await page(path)).body).equals(INDEX), path).toBe(true);
    }
  });

  it("has its hashed files kept for good, and its early script allowed by the page's policy", async () => {
    const asset = await page(PHONE_ASSET);
    expect(asset.status).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(asset.body).equals(SCRIPT)).toBe(true);
    const hash = createHash("sha256").update(PHONE_SCRIPT).digest("base64");
    expect((await page("/rejoindre")).headers["content-security-policy"]).toContain(`'sha256-${hash}'`);
  });
});

describe("the API's answers", () => {
  const server = useTestServer({ CLIENT_DIST: builtClient({ phone: false }) });

  it("gzips a large JSON answer, keeps a small one and an Office file as they are", async () => {
    const space = await server.createSpace();
    const auth = { Authorization: `Bearer ${space.facilitatorSecret}`, "Accept-Encoding": "gzip, deflate, br" };

    const large = await getRaw(`${server.url}/api/spaces/${space.id}/diagnostic`, auth);
    expect(large.status).toBe(200);
    expect(large.headers["content-encoding"]).toBe("gzip");
    const decoded = gunzipSync(large.body);
    expect(decoded.length).toBeGreaterThan(1024);
    expect(large.body.length).toBeLessThan(decoded.length);
    const plain = await getRaw(`${server.url}/api/spaces/${space.id}/diagnostic`, {
      Authorization: auth.Authorization,
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual(JSON.parse(decoded.toString()));

    const small = await getRaw(`${server.url}/api/time`, auth);
    expect(small.status).toBe(200);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(Number(small.headers["content-length"])).toBeLessThan(1024);

    const docx = await getRaw(`${server.url}/api/spaces/${space.id}/diagnostic.docx`, auth);
    expect(docx.status).toBe(200);
    expect(docx.headers["content-type"]).toMatch(/wordprocessingml/);
    expect(docx.headers["content-encoding"]).toBeUndefined();
    // A DOCX is a ZIP archive: it starts with the ZIP signature, not with a gzip one.
    expect(docx.body.subarray(0, 2).toString()).toBe("PK");
  });
});
