import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { thirdPartyNotices } from './notices.ts';

/** `npm run notices`: rewrites resources/licenses/THIRD-PARTY-NOTICES.txt after a dependency change. */
const root = join(import.meta.dirname, '..', '..');
mkdirSync(join(root, 'resources', 'licenses'), { recursive: true });
writeFileSync(join(root, 'resources', 'licenses', 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(root));
