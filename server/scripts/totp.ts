/**
 * Prints the current code of an authenticator secret (`pnpm --silent totp [secret]`), by default
 * the demo prefecture account's, for signing in to the demo without an authenticator app.
 */
import { DEMO_TOTP_SECRET } from '../src/db/seed/demo.js';
import { currentCode } from '../src/modules/account/second-factor.service.js';

process.stdout.write(`${await currentCode(process.argv[2] ?? DEMO_TOTP_SECRET)}\n`);
