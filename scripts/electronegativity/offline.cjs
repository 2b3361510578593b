// Loaded with --require into Electronegativity. At start it downloads translations with `got`;
// without internet (CI) got's retry after the 1 s timeout crashes the tool now and then
// ("onCancel handler was attached after the promise settled"). An immediate refusal takes
// its own fallback path: the bundled English texts.
const Module = process.getBuiltinModule('node:module');

const load = Module._load;
Module._load = function loadWithoutDownloads(request, parent, isMain) {
  if (request === 'got' && parent && /electronegativity[\\/]dist[\\/]locales[\\/]/.test(parent.filename)) {
    return () => Promise.reject(new Error('translations are not downloaded'));
  }
  return load.call(this, request, parent, isMain);
};
