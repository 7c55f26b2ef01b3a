/** Thin wrappers around the dosfstools/mtools commands the FAT16 tests compare against. */

/** Output of a finished command. */
export interface CommandOutput {
  /** Exit code. */
  code: number;
  /** Standard output bytes. */
  stdout: Uint8Array;
  /** Standard output + error as text. */
  text: string;
}

/** Runs a command and collects its output; never throws on a non-zero exit. */
export async function sh(cmd: string, args: string[]): Promise<CommandOutput> {
  const out = await new Deno.Command(cmd, {
    args,
    stdout: "piped",
    stderr: "piped",
    env: { MTOOLS_SKIP_CHECK: "1" },
  }).output();
  const dec = new TextDecoder();
  return {
    code: out.code,
    stdout: out.stdout,
    text: dec.decode(out.stdout) + dec.decode(out.stderr),
  };
}

/** Runs a command and throws (with its output) unless it exits 0. */
export async function shOk(cmd: string, args: string[]): Promise<CommandOutput> {
  const out = await sh(cmd, args);
  if (out.code !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${out.code}):\n${out.text}`);
  }
  return out;
}

/** Creates a zero-filled (sparse) image of `bytes` and formats it with `mkfs.fat -F 16`. */
export async function mkfsFat16(path: string, bytes: number, sectorsPerCluster = 4): Promise<void> {
  const f = await Deno.open(path, { write: true, create: true, truncate: true });
  await f.truncate(bytes);
  f.close();
  await shOk("mkfs.fat", ["-F", "16", "-s", String(sectorsPerCluster), "-n", "KJITTEST", path]);
}

/** `fsck.fat -n IMAGE`: returns whether the volume is clean, plus the report. */
export async function fsckClean(path: string): Promise<{ clean: boolean; report: string }> {
  const out = await sh("fsck.fat", ["-n", path]);
  return { clean: out.code === 0, report: out.text };
}

/** Copies host bytes to `::/path` in the image with mcopy (creating parents with mmd). */
export async function mtoolsPut(image: string, path: string, data: Uint8Array): Promise<void> {
  const parts = path.split("/").filter((p) => p);
  for (let i = 1; i < parts.length; i++) {
    const dir = "::/" + parts.slice(0, i).join("/");
    const probe = await sh("mdir", ["-i", image, "-b", dir]);
    if (probe.code !== 0) await shOk("mmd", ["-i", image, dir]);
  }
  const tmp = await Deno.makeTempFile();
  try {
    await Deno.writeFile(tmp, data);
    await shOk("mcopy", ["-o", "-n", "-i", image, tmp, "::/" + parts.join("/")]);
  } finally {
    await Deno.remove(tmp);
  }
}

/** Reads `::/path` from the image with mcopy. */
export async function mtoolsGet(image: string, path: string): Promise<Uint8Array> {
  const out = await shOk("mcopy", ["-n", "-i", image, "::" + path, "-"]);
  return out.stdout;
}
