// A webhook receiver for bench/webhook-delivery: verifies each delivery's Standard Webhooks signature with
// the secret it is given, answers 204, and reports on GET /count how many arrived, how many verified, and
// the first and last arrival (ms since the epoch).
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";

const port = Number(process.argv[2]);
let secretKey = null;
let received = 0, verified = 0, first = 0, last = 0;
const seen = new Set();
let duplicates = 0;

createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    if (req.method === "PUT" && req.url === "/secret") {
      secretKey = Buffer.from(Buffer.concat(chunks).toString().trim().slice("whsec_".length), "base64");
      res.writeHead(204).end();
      return;
    }
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ received, verified, duplicates, first, last }));
      return;
    }
    const now = Date.now();
    if (!first) first = now;
    last = now;
    received++;
    const id = req.headers["webhook-id"];
    // Per subscription (each has its own path): the same entry sent to another subscription is no duplicate.
    const key = `${req.url} ${id}`;
    if (seen.has(key)) duplicates++; else seen.add(key);
    if (secretKey) {
      const mac = createHmac("sha256", secretKey)
        .update(`${id}.${req.headers["webhook-timestamp"]}.`).update(Buffer.concat(chunks)).digest();
      const ok = String(req.headers["webhook-signature"] || "").split(" ")
        .some((s) => { const b = Buffer.from(s.slice(3), "base64"); return b.length === mac.length && timingSafeEqual(b, mac); });
      if (ok) verified++;
    }
    res.writeHead(204).end();
  });
}).listen(port, "127.0.0.1");
