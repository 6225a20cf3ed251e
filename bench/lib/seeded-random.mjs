/** The project's seeded PRNG (mulberry32), so workloads are identical on every run and machine. */
export { seededRandom } from '@xrgit/git';

/** Picks one element of `list` with `rand`. */
export function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}
