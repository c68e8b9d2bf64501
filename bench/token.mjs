// Mints an RS256 bearer token with the test key, as an identity provider would (bench only).
import { createPrivateKey, sign } from "node:crypto";
import { readFileSync } from "node:fs";

const [keyPath, issuer, ...roles] = process.argv.slice(2);
const b64 = (data) => Buffer.from(data).toString("base64url");
const now = Math.floor(Date.now() / 1000);
const header = b64(JSON.stringify({ alg: "RS256", typ: "JWT" }));
const claims = b64(JSON.stringify({ iss: issuer, aud: "enforcement-service", sub: "bench", upn: "bench", groups: roles, iat: now, exp: now + 7200 }));
const signature = sign("RSA-SHA256", Buffer.from(`${header}.${claims}`), createPrivateKey(readFileSync(keyPath)));
process.stdout.write(`${header}.${claims}.${b64(signature)}`);
