import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Node 24 from the `node` devDependency: the PATH's node may be older and cannot strip types. */
export const NODE_24 = join(REPO_ROOT, 'node_modules', '.bin', 'node');
