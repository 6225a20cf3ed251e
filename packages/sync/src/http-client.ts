import { maskSecrets } from './secret-mask.js';
import { DEFAULT_RETRY, isTransientStatus, retryDelay, type RetryPolicy } from './retry-policy.js';
import { SyncError } from './sync-error.js';

/** How to reach a server. */
export interface ClientOptions {
  /** The registry root URL; a user name and password in it are sent as Basic authorization. */
  server: string;
  /** Extra request headers (credentials among them); their values are never printed. */
  headers?: Record<string, string>;
  /** A bearer token (XRGIT_TOKEN), sent as `Authorization: Bearer …`; never printed. */
  token?: string;
  retry?: Partial<RetryPolicy>;
  /** Waits between retries (tests pass a fast one). */
  sleep?: (ms: number) => Promise<void>;
}

/** One response, its body read. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The URL answered (after redirects when they were followed). */
  url: string;
}

/** A request relative to the registry root. */
export interface HttpRequest {
  method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';
  /** Path below the root (`/model`, `/schemagroups/g1`) or an absolute URL (pagination links). */
  path: string;
  body?: unknown;
  /** `manual` to see 303s of documents; `follow` (the default) otherwise. */
  redirect?: 'manual' | 'follow';
}

/** Request counters, for summaries and tests. */
export interface ClientStats {
  requests: number;
  retries: number;
}

const sleepFor = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * An HTTP client for one xRegistry server over Node's global fetch. Retries transient failures
 * (408, 425, 429, 5xx, connection errors, timeouts) with bounded exponential backoff; every
 * request it sends is idempotent (GET, PUT, DELETE), so a retry after a lost answer is safe.
 * Credentials never appear in what it reports: `display` has no user info, query or fragment,
 * and `mask` removes header values from any text.
 */
export class HttpClient {
  readonly root: string;
  /** The root as shown to users. */
  readonly display: string;
  readonly stats: ClientStats = { requests: 0, retries: 0 };
  private readonly headers: Record<string, string>;
  private readonly secrets: string[];
  private readonly policy: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: ClientOptions) {
    const u = new URL(options.server);
    this.headers = { accept: 'application/json', ...lowerKeys(options.headers ?? {}) };
    this.secrets = Object.values(options.headers ?? {});
    if (u.username !== '' || u.password !== '') {
      const basic = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
      this.headers['authorization'] ??= `Basic ${basic}`;
      this.secrets.push(basic, decodeURIComponent(u.password), u.password);
      u.username = '';
      u.password = '';
    }
    if (options.token) {
      this.headers['authorization'] = `Bearer ${options.token}`;
      this.secrets.push(options.token);
    }
    u.search = '';
    u.hash = '';
    if (!u.pathname.endsWith('/')) u.pathname += '/';
    this.root = u.href;
    this.display = u.href;
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.sleep = options.sleep ?? sleepFor;
  }

  /** `text` without any credential this client sends. */
  mask(text: string): string {
    return maskSecrets(text, this.secrets);
  }

  /** The absolute URL of `path` (a root-relative path such as `/model`, or an absolute URL). */
  url(path: string): string {
    return /^https?:\/\//i.test(path) ? path : new URL(`./${path.replace(/^\//, '')}`, this.root).href;
  }

  /** A URL as shown to users: no credentials, query strings only when they are ours. */
  show(url: string): string {
    return this.mask(url);
  }

  /**
   * Sends `req`, retrying transient failures. Resolves with any non-transient response (the
   * caller decides what a 4xx means).
   * @throws SyncError `server-unreachable` when every attempt failed or was transient.
   */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const url = this.url(req.path);
    let last = '';
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      if (attempt > 1) {
        this.stats.retries++;
        await this.sleep(retryDelay(this.policy, attempt - 1));
      }
      this.stats.requests++;
      try {
        const res = await fetch(url, this.init(req));
        const bytes = new Uint8Array(await res.arrayBuffer());
        if (!isTransientStatus(res.status)) return { status: res.status, headers: res.headers, bytes, url: res.url || url };
        last = `status ${res.status}`;
      } catch (e) {
        last = describe(e);
      }
    }
    throw new SyncError('server-unreachable', { method: req.method, url: this.show(url), detail: this.mask(last), attempts: this.policy.attempts });
  }

  /**
   * GETs `path` and parses a JSON object.
   * @throws SyncError `http-status` for a status other than 200, `bad-response` for a body that is
   *   not a JSON object, `server-unreachable`.
   */
  async getJson(path: string): Promise<{ body: Record<string, unknown>; response: HttpResponse }> {
    const response = await this.send({ method: 'GET', path });
    if (response.status !== 200) throw this.statusError('GET', response);
    return { body: parseObject(response, this.show(response.url)), response };
  }

  /** The error for an unexpected status, with the problem-details title if the body has one. */
  statusError(method: string, response: HttpResponse): SyncError {
    let title: string | undefined;
    try {
      const p = JSON.parse(Buffer.from(response.bytes).toString('utf8')) as Record<string, unknown>;
      if (typeof p['title'] === 'string') title = this.mask(p['title']);
    } catch {
      // not a problem-details body
    }
    return new SyncError('http-status', { method, url: this.show(response.url), status: response.status, ...(title ? { title } : {}) });
  }

  private init(req: HttpRequest): RequestInit {
    const headers = { ...this.headers };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] = 'application/json';
    }
    return { method: req.method, headers, redirect: req.redirect ?? 'follow', signal: AbortSignal.timeout(this.policy.timeoutMs), ...(body !== undefined ? { body } : {}) };
  }
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

function describe(e: unknown): string {
  const err = e as Error & { cause?: Error & { code?: string } };
  if (err.name === 'TimeoutError') return 'no answer in time';
  return err.cause?.code ?? err.cause?.message ?? err.message;
}

/** The body of `response` as a JSON object. @throws SyncError `bad-response` */
export function parseObject(response: HttpResponse, display: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(response.bytes).toString('utf8'));
  } catch (e) {
    throw new SyncError('bad-response', { url: display, detail: `not JSON: ${(e as Error).message}` });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SyncError('bad-response', { url: display, detail: 'not a JSON object' });
  return value as Record<string, unknown>;
}
