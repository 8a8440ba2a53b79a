// The bpftrace fallback of the tracepoint set: argv with in-kernel filters, the line parser, drop reasons.
export { bpftraceArgv, filterParams, parseHost, scriptPath, TRACEPOINT_SCRIPT, KIND_BITS, type BpftraceFilter, type SightingKind } from './argv.js';
export { parseBpftraceLine, parsePayload, isAttachedLine, formatHandle, dropReasonName, type BpftraceLine, type ParseOptions } from './parse.js';
export { parseDropReasons, loadDropReasons, type DropReasons } from './drop-reasons.js';
