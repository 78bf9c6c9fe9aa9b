// What `pnpm pack` and `pnpm publish` put in a published manifest: only what a consumer needs.
// Development dependencies (private workspace packages among them) and scripts stay behind.
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.devDependencies;
      delete manifest.scripts;
      return manifest;
    },
  },
};
