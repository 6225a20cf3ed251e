/**
 * @xrgit/serve: the read API of an xRegistry server (core/http.md, v1.0-rc4) over a registry
 * snapshot (a core ViewState). Pure request handling plus a small Node HTTP server; no git.
 */
export { handleRequest, ALLOWED_METHODS, type ServeRequest, type ServeOptions } from './handle-request.js';
export { startServer, type ListenOptions } from './start-server.js';
export { type ServeResponse, JSON_TYPE } from './serve-response.js';
export { SERVE_ERRORS, ServeError, problemBody, type ServeErrorCode } from './serve-error.js';
export { SERVE_FLAGS, SPEC_VERSIONS, serveCapabilities, supportsSpecVersion } from './serve-capabilities.js';
export { applyWrite, type WriteContext, type WriteOutcome, type WriteRequest } from './write/apply-write.js';
export { startWritableServer, type WritableSource } from './write/start-writable-server.js';
export { WRITE_ERRORS, WriteError, writeProblemBody, type WriteErrorCode } from './write/write-error.js';
export { WRITE_IGNORES, parseWriteFlags, type WriteFlags } from './write/write-flags.js';
export { parseWriteTarget, targetXid, type WriteTarget } from './write/write-target.js';
