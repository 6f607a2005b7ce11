// Grading helpers for metalab lessons (`import { assertChain } from "metalab/grade"`).
// Queries return values; `assert*` functions throw a GradeError describing what went wrong.
import type { ObjRef, RunResult, TraceEvent } from "./metalab.js";

/** An exact qualname (`"Foo.__init__"`, `"type.__call__"`) or a RegExp tested against it. */
export type Qualname = string | RegExp;

/** Thrown by the `assert*` helpers; the message says what was expected and what happened. */
export class GradeError extends Error {
  name: "GradeError";
}

/** The `call` events of `qualname`, in order. */
export function calls(result: RunResult, qualname: Qualname): TraceEvent[];

/** How many times `qualname` was called. */
export function countCalls(result: RunResult, qualname: Qualname): number;

/** The object each completed call of `qualname` returned (`null` for plain values), in order. */
export function returnedObjects(result: RunResult, qualname: Qualname): (ObjRef | null)[];

/** True when `qualname` returned at least twice and always the same object. */
export function sameObject(result: RunResult, qualname: Qualname): boolean;

/** The calls happened in this order (others may come between). Returns the matched call events. */
export function assertChain(result: RunResult, chain: Qualname[]): TraceEvent[];

/** `qualname` was called exactly `times` times. */
export function assertCallCount(result: RunResult, qualname: Qualname, times: number): void;

/** Every call of `qualname` (at least two) returned the same object. */
export function assertSameObject(result: RunResult, qualname: Qualname): void;

/** The printed output equals `expected`, or matches it when it is a RegExp. */
export function assertStdout(result: RunResult, expected: string | RegExp): void;

/** The program ended without an uncaught exception. */
export function assertNoError(result: RunResult): void;

/** The program ended with an uncaught `type` (e.g. "TypeError"), with a message equal to / matching `message`. */
export function assertRaises(result: RunResult, type: string, message?: string | RegExp): void;
