/**
 * kjit command-line entry point: `deno run -A builder/cli/main.ts <command> [args]`.
 * Loads `builder/cli/<command>.ts` and calls its `main(args)`; every command
 * gets the arguments after its name (global options included) and may parse
 * them with {@link parseGlobalOptions}.
 *
 * @module
 */

import { parseArgs } from "@std/cli/parse-args";

/** What every command module exports. */
export interface CommandModule {
  /** Run the command; resolves to the process exit code. */
  main(args: string[]): Promise<number>;
}

/** Options every command understands. */
export interface GlobalOptions {
  /** `--set key=value` config overrides, in order. */
  set: string[];
  /** `--json`: machine-readable output on stdout. */
  json: boolean;
  /** `--boot disk|kernel`, if given. */
  boot?: "disk" | "kernel";
  /** Positional arguments. */
  positional: string[];
  /** Every parsed option (including command-specific ones), by name. */
  flags: Record<string, unknown>;
}

/** Extra option names a command wants parsed besides the global ones. */
export interface ExtraOptions {
  /** Options that take a value. */
  string?: string[];
  /** Flags. */
  boolean?: string[];
  /** Options that may repeat; their values are collected into arrays. */
  collect?: string[];
}

/** A usage mistake: printed as a plain message, exit code 1. */
export class UsageError extends Error {
  /** Create a usage error. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Parse the global options (`--set`, `--json`, `--boot`) plus a command's own. */
export function parseGlobalOptions(args: string[], extra: ExtraOptions = {}): GlobalOptions {
  const parsed = parseArgs(args, {
    string: ["set", "boot", ...(extra.string ?? [])],
    boolean: ["json", ...(extra.boolean ?? [])],
    collect: ["set", ...(extra.collect ?? [])],
  });
  const set = (parsed.set as string[] | undefined ?? []).map(String);
  for (const s of set) {
    if (!s.includes("=")) throw new UsageError(`--set expects key=value, got "${s}"`);
  }
  const boot = parsed.boot as string | undefined;
  if (boot !== undefined && boot !== "disk" && boot !== "kernel") {
    throw new UsageError(`--boot must be "disk" or "kernel", got "${boot}"`);
  }
  return {
    set,
    json: parsed.json === true,
    boot: boot as GlobalOptions["boot"],
    positional: parsed._.map(String),
    flags: parsed as Record<string, unknown>,
  };
}

/** The `loadConfig` overrides the global options stand for (`--boot` becomes `boot=...`). */
export function configOverrides(g: GlobalOptions): string[] {
  return [...g.set, ...(g.boot ? [`boot=${g.boot}`] : [])];
}

/** The repository root (two levels above this file). */
export function repoRoot(): string {
  return new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
}

const CLI_DIR = new URL("./", import.meta.url);
const NOT_COMMANDS = new Set(["main", "report"]);
const COMMAND_RE = /^[a-z][a-z0-9_-]*$/;

/** Commands available in builder/cli/ (files exporting `main`), with their one-line summaries. */
export async function listCommands(): Promise<Array<{ name: string; summary: string }>> {
  const out: Array<{ name: string; summary: string }> = [];
  for await (const e of Deno.readDir(CLI_DIR)) {
    const name = e.name.replace(/\.ts$/, "");
    if (!e.isFile || !e.name.endsWith(".ts") || NOT_COMMANDS.has(name) || !COMMAND_RE.test(name)) {
      continue;
    }
    const text = await Deno.readTextFile(new URL(e.name, CLI_DIR));
    if (!/export\s+(async\s+)?function\s+main\b|export\s+const\s+main\b/.test(text)) continue;
    const doc = /\/\*\*\s*\n?\s*\*?\s*([^\n]*)/.exec(text);
    out.push({ name, summary: (doc?.[1] ?? "").replace(/\*\/\s*$/, "").trim() });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

async function usage(): Promise<string> {
  const cmds = await listCommands();
  const width = Math.max(0, ...cmds.map((c) => c.name.length));
  return [
    "usage: deno run -A builder/cli/main.ts <command> [options]",
    "",
    "commands:",
    ...cmds.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "global options:",
    "  --set key=value   config override (repeatable), e.g. --set memoryMiB=256",
    "  --boot disk|kernel  boot through GRUB from the disk image, or QEMU -kernel",
    "  --json            machine-readable output (JSON Lines) on stdout",
  ].join("\n");
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    if (Deno.env.get("KJIT_DEBUG")) return e.stack ?? e.message;
    return e.message;
  }
  return String(e);
}

/** Dispatch `args` (command first); returns the exit code. Errors print without a stack trace. */
export async function runCli(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    console.log(await usage());
    return command === undefined ? 1 : 0;
  }
  const file = new URL(`${command}.ts`, CLI_DIR);
  const known = COMMAND_RE.test(command) && !NOT_COMMANDS.has(command) &&
    (await listCommands()).some((c) => c.name === command);
  if (!known) {
    console.error(`kjit: unknown command "${command}"\n\n${await usage()}`);
    return 1;
  }
  try {
    const mod = await import(file.href) as Partial<CommandModule>;
    if (typeof mod.main !== "function") throw new Error(`${command}.ts does not export main()`);
    // `deno task run -- --json` passes the `--` through: it only separates deno's own
    // arguments from ours, so drop it rather than let it end option parsing.
    const code = await mod.main(rest[0] === "--" ? rest.slice(1) : rest);
    return typeof code === "number" ? code : 0;
  } catch (e) {
    const msg = errorMessage(e);
    console.error(`kjit ${command}:${msg.includes("\n") ? "\n" : " "}${msg}`);
    return 1;
  }
}

if (import.meta.main) {
  // No top-level await: commands import this module for parseGlobalOptions, and a
  // pending top-level await here would deadlock that import.
  runCli(Deno.args).then((code) => Deno.exit(code));
}
