import { serializeJson } from '@xrgit/core';

/** An HTTP response, before it is written: status, headers (a list for repeated ones), body bytes. */
export interface ServeResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Uint8Array;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON response (core/http.md shows JSON bodies as `application/json; charset=utf-8`). */
export function jsonResponse(value: unknown, status = 200, headers: Record<string, string | string[]> = {}): ServeResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: new TextEncoder().encode(serializeJson(value)) };
}
