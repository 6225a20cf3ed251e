/**
 * @xrgit/export: renders a registry snapshot (a core ViewState) into the file tree of a No-Code
 * xRegistry server for a static host, writes it atomically, and verifies deployed sites.
 */
export { renderSite, profileIndexFile } from './render-site.js';
export { HOST_PROFILES, JSON_CONTENT_TYPE, MANIFEST_FILE, type HostProfile, type RenderOptions, type SiteFile, type SiteTree } from './site-types.js';
export { staticCapabilities, capabilitiesOffered, STATIC_APIS, type StaticCapabilities, type ValidatedFormats } from './static-capabilities.js';
export { parseBaseUrl, type BaseUrl } from './base-url.js';
export { encodeHeaderValue } from '@xrgit/core';
export { buildManifest, manifestEntries, parseManifest, serializeManifest, sha256, type ManifestEntry, type SiteManifest } from './site-manifest.js';
export { verifySite, type VerifyFinding, type VerifyOptions } from './verify-site.js';
export { writeSite, type WriteOptions, type WriteResult } from './write-site.js';
export { ExportError, isExportError, type ExportErrorCode, type ExportErrorData } from './export-error.js';
export { NETLIFY_REDIRECT_STATUS } from './profiles/netlify-profile.js';
export { NGINX_ROOT_PLACEHOLDER } from './profiles/nginx-profile.js';
export { S3_CACHE_CONTROL, type S3Object } from './profiles/s3-profile.js';
export { XR_JSON_SIDECAR } from './profiles/xr-profile.js';
