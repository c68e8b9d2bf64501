// A short scenario through the generated types: create, read, list, replace (with If-Match), the CSV
// export, a typed problem for a stale ETag, and delete. Exits non-zero on the first surprise.
import createClient from "openapi-fetch";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { components, paths } from "./schema.js";
import { readOn, type ChangeEvent } from "./feed-consumer.js";
import { mintToken } from "./tokens.js";

type Problem = components["schemas"]["Problem"];
type OperationInput = components["schemas"]["OperationInput"];

const baseUrl = process.env.BASE_URL ?? "http://localhost:8080";
// By default the dev service's own key pair and issuer (./mvnw quarkus:dev); CI passes the test ones.
const keyPath = process.env.SIGNING_KEY ?? "../../.data/dev-keys/private.pem";
const issuer = process.env.ISSUER ?? "https://enforcement-service.dev.invalid";

function clientFor(role: string) {
  return createClient<paths>({
    baseUrl,
    // DPA 2018 s.62: every read says why it consults the records.
    headers: { Authorization: `Bearer ${mintToken(keyPath, issuer, role)}`, Justification: "TypeScript client scenario" },
  });
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

const recorder = clientFor("recorder");
const supervisor = clientFor("supervisor");

const input: OperationInput = {
  reference: `OP-TS-${randomUUID().slice(0, 8).toUpperCase()}`,
  name: "Week of action against IIOC sharing",
  operation_type: "WEEK_OF_ACTION",
  start_date: "2026-03-02",
  end_date: "2026-03-08",
  lead_unit: "Cyber and Digital Crime Unit",
};

const created = await recorder.POST("/api/v2/operations", {
  params: { header: { "Idempotency-Key": randomUUID() } },
  body: input,
});
check(created.response.status === 201 && created.data !== undefined, `create: ${created.response.status}`);
const id = created.data.id;
console.log(`created ${created.data.reference} (${id}), ETag ${created.response.headers.get("ETag")}`);

const read = await recorder.GET("/api/v2/operations/{operation_id}", { params: { path: { operation_id: id } } });
check(read.data?.status === "PLANNED", "read back");
const etag = read.response.headers.get("ETag") ?? "";

const page = await recorder.GET("/api/v2/operations", {
  params: { query: { limit: 200, active_from: "2026-03-01", active_to: "2026-03-31" } },
});
check(page.data?.items.some((o) => o.id === id) === true, "listed");

const replaced = await recorder.PUT("/api/v2/operations/{operation_id}", {
  params: { path: { operation_id: id }, header: { "If-Match": etag } },
  body: { ...input, status: "ACTIVE" },
});
check(replaced.data?.status === "ACTIVE", "replaced");

const stale = await recorder.PUT("/api/v2/operations/{operation_id}", {
  params: { path: { operation_id: id }, header: { "If-Match": etag } },
  body: { ...input, status: "CLOSED" },
});
const problem: Problem | undefined = stale.error;
check(stale.response.status === 412 && problem?.status === 412, `stale ETag: ${stale.response.status}`);
console.log(`stale write refused: ${problem.title} - ${problem.detail}`);

// The CSV export is its own path, typed like the JSON calls; it states the security marking on each row.
const csv = await recorder.GET("/api/v2/operations/{operation_id}/summary.csv", {
  params: { path: { operation_id: id } },
  parseAs: "text",
});
const rows = (csv.data ?? "").trim().split("\r\n");
const [header = "", row = ""] = rows;
check(csv.response.status === 200 && rows.length === 2, `csv export: ${csv.response.status}`);
check(header.startsWith("security_marking,operation_id,") && row.startsWith(`OFFICIAL_SENSITIVE,${id},`),
  `csv rows: ${rows.join(" | ")}`);
console.log(`csv export: ${row.slice(0, 60)}...`);

const deleted = await supervisor.DELETE("/api/v2/operations/{operation_id}", {
  params: { path: { operation_id: id }, header: { "If-Match": replaced.response.headers.get("ETag") ?? "" } },
});
check(deleted.response.status === 204, `delete: ${deleted.response.status}`);
// The change feed, read by a consumer that resumes from its saved cursor (src/feed-consumer.ts): everything
// up to now, including the deletion above; then nothing new; then exactly one new change.
const cursorFile = join(mkdtempSync(join(tmpdir(), "feed-")), "changes.cursor");
const sofar: ChangeEvent[] = [];
await readOn(recorder, cursorFile, (entry) => sofar.push(entry));
check(sofar.some((e) => e.type === "uk.police.enforcement.operation.deleted" && e.data.id === id), "feed: the deletion");
check(await readOn(recorder, cursorFile, () => {}) === 0, "feed: nothing new after the saved cursor");
const agency = await recorder.POST("/api/v2/partner-agencies", {
  params: { header: { "Idempotency-Key": randomUUID() } },
  body: { code: `TS${randomUUID().slice(0, 8).toUpperCase()}`, name: "National Crime Agency", agency_type: "NCA", active: true },
});
check(agency.data !== undefined, `agency: ${agency.response.status}`);
const next: ChangeEvent[] = [];
check(await readOn(recorder, cursorFile, (entry) => next.push(entry), 5) === 1, "feed: exactly the new change");
check(next[0]?.type === "uk.police.enforcement.agency.created" && next[0]?.data.id === agency.data.id,
  `feed: ${JSON.stringify(next[0])}`);
console.log(`change feed: ${sofar.length} entries, then resumed from the saved cursor for the next one`);
console.log("TypeScript client scenario: all checks passed");
