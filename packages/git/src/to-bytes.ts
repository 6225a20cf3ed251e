/** A plain `Uint8Array` view of the same memory, so both backends return the same type (never a `Buffer`). */
export function toBytes(data: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(data) === Uint8Array.prototype ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
