import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

// From a string, not `new URL(…)`: under jsdom the global URL is jsdom's, which node:url refuses.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Node 24 from the `node` devDependency: the PATH's node may be older and cannot strip types. */
export const NODE_24 = join(REPO_ROOT, 'node_modules', '.bin', 'node');
