import { describe, expect, it } from "vitest";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";
import { toFieldErrors } from "./field-errors";
import { TASK_PAGE_MAX, TASK_PAGE_SIZE } from "./task-page";
import { cursorPayload, readCursorPayload, taskQueryInput, taskQuerySchema } from "./task-query";

const parse = (search: string) => taskQuerySchema.safeParse(taskQueryInput(new URLSearchParams(search)));
const fieldsOf = (search: string) => {
  const parsed = parse(search);
  if (parsed.success) throw new Error(`expected ${search} to be refused`);
  return toFieldErrors(parsed.error, englishValidationText);
};

describe("taskQuerySchema", () => {
  it("defaults to every task, newest page of 100", () => {
    expect(parse("").data).toEqual({ q: "", status: "all", cursor: undefined, limit: TASK_PAGE_SIZE });
    expect(parse("q=&status=&cursor=&limit=").data).toEqual({ q: "", status: "all", cursor: undefined, limit: TASK_PAGE_SIZE });
  });

  it("trims the search and takes a standing", () => {
    expect(parse("q=%20%20Stack%20the%20&status=Short%20of%20gear").data).toMatchObject({
      q: "Stack the",
      status: "Short of gear",
    });
  });

  it("caps a large limit and refuses one that is not a whole number from 1", () => {
    expect(parse(`limit=${TASK_PAGE_MAX + 5000}`).data?.limit).toBe(TASK_PAGE_MAX);
    expect(parse("limit=7").data?.limit).toBe(7);
    for (const bad of ["0", "-1", "1.5", "ten", "1e3", "0x10"]) {
      expect(fieldsOf(`limit=${bad}`)).toEqual({ limit: `Limit must be a whole number from 1 to ${TASK_PAGE_MAX}.` });
    }
  });

  it("refuses an unknown status and a search over 200 characters, at their fields", () => {
    expect(Object.keys(fieldsOf("status=Open"))).toEqual(["status"]);
    expect(fieldsOf(`q=${"x".repeat(201)}`)).toEqual({ q: "Search must be at most 200 characters." });
  });

  it("takes the cursor as opaque text (the server checks its signature) and refuses one too long", () => {
    expect(parse("cursor=abc.def").data?.cursor).toBe("abc.def");
    expect(Object.keys(fieldsOf(`cursor=${"x".repeat(401)}`))).toEqual(["cursor"]);
  });

  it("reads back the payload it wrote, and nothing else", () => {
    const cursor = { createdAt: "2026-11-27T09:00:00.000Z", id: "019abc00-0000-7000-8000-000000000000" };
    expect(readCursorPayload(cursorPayload(cursor))).toEqual(cursor);
    for (const bad of ["abc", cursorPayload({ createdAt: "yesterday", id: "x" }), btoa("[1,2]"), "%FF%FE"]) {
      expect(readCursorPayload(bad)).toBeUndefined();
    }
  });
});
