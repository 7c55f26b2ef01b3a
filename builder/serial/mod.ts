/**
 * The kjit serial protocol on the host: typed events, KTAP tree and summary,
 * and the streaming parser. See docs/serial-protocol.md.
 *
 * @module
 */

export * from "./types.ts";
export * from "./ktap.ts";
export * from "./parser.ts";
export { bareValue, EVENT_PREFIX, parseEventBody } from "./event_line.ts";
export type { EventLineResult } from "./event_line.ts";
export { toTypedEvent, wireFields } from "./typed_event.ts";
export type { TypedEventResult } from "./typed_event.ts";
