/**
 * The xid of the entity whose children set contains `xid`: Version → Resource, Resource → Group,
 * Group → Registry (`/`); undefined for the Registry.
 */
export function parentXid(xid: string): string | undefined {
  if (xid === '/') return undefined;
  const parts = xid.split('/');
  if (parts.length === 3) return '/';
  if (parts.length === 5) return parts.slice(0, 3).join('/');
  if (parts.length === 7 && parts[5] === 'versions') return parts.slice(0, 5).join('/');
  return undefined;
}
