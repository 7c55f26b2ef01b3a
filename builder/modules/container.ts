/**
 * The kjit module container (version 1): an 88-byte little-endian header followed by the
 * payload. The format is specified in modules/README.md.
 */
import { crc32 } from "./crc32.ts";

/** The 8 magic bytes at offset 0: "KJITMOD" followed by one NUL. */
export const MODULE_MAGIC: Uint8Array = new TextEncoder().encode("KJITMOD\0");
/** The only container version this code writes and reads. */
export const MODULE_VERSION = 1;
/** Size of the version 1 header in bytes; the payload starts here. */
export const MODULE_HEADER_SIZE = 88;
/** Module kinds: 1 = WebAssembly binary. */
export const ModuleKind = { wasm: 1 } as const;
/** Length of the NUL-padded `name` and `entry` fields. */
export const MODULE_NAME_FIELD = 32;

/** A module in unpacked form. */
export interface ModuleInfo {
  /** Module name: 1..31 characters from [A-Za-z0-9_.-]. */
  name: string;
  /** Export to run: 1..31 characters from [A-Za-z0-9_.-]. */
  entry: string;
  /** Module kind (1 = wasm). */
  kind: number;
  /** The module bytes (for kind 1, a .wasm binary). */
  payload: Uint8Array;
}

const NAME_RE = /^[A-Za-z0-9_.-]{1,31}$/;

function fail(problem: string): never {
  throw new Error(`module container: ${problem}`);
}

/** Packs a module into container bytes; throws on an invalid name, entry or kind. */
export function packModule(info: ModuleInfo): Uint8Array {
  if (!NAME_RE.test(info.name)) fail(`bad name ${JSON.stringify(info.name)}`);
  if (!NAME_RE.test(info.entry)) fail(`bad entry ${JSON.stringify(info.entry)}`);
  if (info.kind !== ModuleKind.wasm) fail(`unknown kind ${info.kind}`);
  if (info.payload.length > 0xffffffff - MODULE_HEADER_SIZE) fail("payload too big");
  const out = new Uint8Array(MODULE_HEADER_SIZE + info.payload.length);
  const view = new DataView(out.buffer);
  out.set(MODULE_MAGIC, 0);
  view.setUint16(8, MODULE_VERSION, true);
  view.setUint16(10, info.kind, true);
  view.setUint32(12, MODULE_HEADER_SIZE, true);
  view.setUint32(16, info.payload.length, true);
  view.setUint32(20, crc32(info.payload), true);
  const enc = new TextEncoder();
  out.set(enc.encode(info.name), 24);
  out.set(enc.encode(info.entry), 24 + MODULE_NAME_FIELD);
  out.set(info.payload, MODULE_HEADER_SIZE);
  return out;
}

function readNameField(bytes: Uint8Array, offset: number, what: string): string {
  const field = bytes.subarray(offset, offset + MODULE_NAME_FIELD);
  const end = field.indexOf(0);
  if (end <= 0) fail(`bad ${what}`);
  for (let i = end; i < field.length; i++) if (field[i] !== 0) fail(`bad ${what}`);
  const text = String.fromCharCode(...field.subarray(0, end));
  if (!NAME_RE.test(text)) fail(`bad ${what}`);
  return text;
}

/**
 * Validates container bytes and returns the module. Throws an Error whose message starts with
 * "module container: " and names the problem (bad magic, unsupported version, unknown kind,
 * bad header_size, truncated header/payload, trailing bytes, payload crc mismatch, bad name,
 * bad entry), checked in the order modules/README.md specifies.
 */
export function unpackModule(bytes: Uint8Array): ModuleInfo {
  if (bytes.length < MODULE_HEADER_SIZE) {
    fail(`truncated header (${bytes.length} bytes, need ${MODULE_HEADER_SIZE})`);
  }
  for (let i = 0; i < MODULE_MAGIC.length; i++) if (bytes[i] !== MODULE_MAGIC[i]) fail("bad magic");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(8, true);
  if (version !== MODULE_VERSION) fail(`unsupported version ${version}`);
  const kind = view.getUint16(10, true);
  if (kind !== ModuleKind.wasm) fail(`unknown kind ${kind}`);
  const headerSize = view.getUint32(12, true);
  if (headerSize !== MODULE_HEADER_SIZE) fail(`bad header_size ${headerSize}`);
  const payloadSize = view.getUint32(16, true);
  const available = bytes.length - headerSize;
  if (payloadSize > available) {
    fail(`truncated payload (payload_size ${payloadSize}, only ${available} bytes present)`);
  }
  if (payloadSize < available) {
    fail(`trailing bytes (${available - payloadSize} bytes after the payload)`);
  }
  const payload = bytes.slice(headerSize, headerSize + payloadSize);
  const want = view.getUint32(20, true);
  const got = crc32(payload);
  if (got !== want) {
    fail(
      `payload crc mismatch (header 0x${want.toString(16).padStart(8, "0")}, ` +
        `payload 0x${got.toString(16).padStart(8, "0")})`,
    );
  }
  const name = readNameField(bytes, 24, "name");
  const entry = readNameField(bytes, 24 + MODULE_NAME_FIELD, "entry");
  return { name, entry, kind, payload };
}
