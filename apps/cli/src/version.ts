/** The toolkit version, printed by `--version` and recorded in build manifests and caches. */
export const XRGIT_VERSION = '0.1.0';
