/**
 * The Node.js version the project needs, read from the `engines` field of a package.json
 * (the same field pnpm enforces at install with engine-strict). Only the `>=major.minor[.patch]`
 * form is used here, so only that form is understood; anything else is a mistake in package.json.
 * No imports beyond node: this runs before the server's modules load.
 */
export type NodeVersionCheck = { ok: true } | { ok: false; message: string };

function parts(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/, '').split('.').map((p) => Number.parseInt(p, 10) || 0);
  return [major, minor, patch];
}

export function checkNodeVersion(current: string, range: string): NodeVersionCheck {
  const match = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(range.trim());
  if (!match) throw new Error(`engines.node must read ">=major.minor": got "${range}"`);
  const needed = match[1]!;
  const [a, b] = [parts(current), parts(needed)];
  const older = a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
  if (!older) return { ok: true };
  return {
    ok: false,
    message:
      `This app needs Node.js ${needed} or newer; this is Node.js ${current.replace(/^v/, '')}. ` +
      'Install the current LTS (Node.js 24) from https://nodejs.org/en/download or with nvm: nvm install 24.',
  };
}
