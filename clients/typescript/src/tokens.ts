// Mints RS256 bearer tokens for the scenario with node:crypto, as an identity provider would.
import { createPrivateKey, sign } from "node:crypto";
import { readFileSync } from "node:fs";

const base64url = (data: Buffer | string): string => Buffer.from(data).toString("base64url");

export function mintToken(privateKeyPath: string, issuer: string, role: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT" }));
  const claims = base64url(JSON.stringify({
    iss: issuer, aud: "enforcement-service", sub: `ts-client-${role}`, upn: `ts-client-${role}`, groups: [role], iat: now, exp: now + 600,
  }));
  const key = createPrivateKey(readFileSync(privateKeyPath));
  const signature = sign("RSA-SHA256", Buffer.from(`${header}.${claims}`), key);
  return `${header}.${claims}.${base64url(signature)}`;
}
