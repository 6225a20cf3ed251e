/**
 * Sets `obj[key] = value` as an own, enumerable data property. Plain assignment with the key
 * `__proto__` would change the object's prototype instead, and an id or attribute of that name
 * would vanish from a view.
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
