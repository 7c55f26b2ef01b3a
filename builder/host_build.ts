/**
 * Host test binaries are built by several test files that `deno test --parallel` runs at
 * once. Two helpers keep that safe: one build at a time per tree (an advisory file lock),
 * and outputs that appear atomically (written under a temporary name, then renamed), so
 * nobody ever runs a half-written binary or compiles against a half-written table.
 *
 * @module
 */

/**
 * Run `fn` while holding the exclusive host-build lock of `root` (`build/host/.lock`).
 * Do not nest: a second acquisition from inside `fn` would wait for itself.
 */
export async function withHostBuildLock<T>(root: string, fn: () => Promise<T>): Promise<T> {
  await Deno.mkdir(`${root}/build/host`, { recursive: true });
  using lock = await Deno.open(`${root}/build/host/.lock`, { create: true, write: true });
  await lock.lock(true);
  return await fn();
}

/** A fresh temporary path next to `out`, for {@link publishFile}. */
export function tempPathFor(out: string): string {
  return `${out}.tmp-${crypto.randomUUID()}`;
}

/** Move a finished `tmp` over `out` in one step (readers see the old or the new file). */
export async function publishFile(tmp: string, out: string): Promise<void> {
  await Deno.rename(tmp, out);
}

/** Write `content` to `path` atomically, and only when it differs from what is there. */
export async function writeTextAtomic(path: string, content: string): Promise<void> {
  try {
    if ((await Deno.readTextFile(path)) === content) return;
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  const tmp = tempPathFor(path);
  await Deno.writeTextFile(tmp, content);
  await publishFile(tmp, path);
}
