import { WriteError } from './write-error.js';

/** The `?ignore` values this server supports (core/spec.md §Ignore Flag), listed in `capabilities.ignores`. */
export const WRITE_IGNORES = ['defaultversionid', 'defaultversionsticky', 'epoch', 'readonly'] as const;

/** The write-only request flags (core/spec.md §Request Flags). */
export interface WriteFlags {
  ignore: Set<string>;
  /** `?setdefaultversionid=<vid>|null|request`. */
  setDefault?: string;
  /** `?epoch=N` on a DELETE of one entity. */
  epoch?: number;
}

/** Reads the write flags of a query. @throws WriteError `bad_ignore` for an unsupported ignore value, `bad_request` for a non-integer epoch. */
export function parseWriteFlags(query: URLSearchParams, path: string): WriteFlags {
  const ignore = new Set<string>();
  for (const v of query.getAll('ignore').flatMap((x) => x.split(',')).map((x) => x.trim().toLowerCase()).filter((x) => x !== '')) {
    if (!(WRITE_IGNORES as readonly string[]).includes(v)) throw new WriteError('bad_ignore', path, { value: v });
    ignore.add(v);
  }
  const flags: WriteFlags = { ignore };
  const dv = query.get('setdefaultversionid');
  if (dv !== null) flags.setDefault = dv;
  const epoch = query.get('epoch');
  if (epoch !== null) {
    if (!/^\d+$/.test(epoch)) throw new WriteError('bad_request', path, { error_detail: `"epoch" must be a non-negative integer, not "${epoch}"` });
    flags.epoch = Number(epoch);
  }
  return flags;
}
