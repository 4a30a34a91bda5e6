// The same API through openapi-typescript's types (no runtime code): what a team using
// openapi-fetch or its own fetch wrapper types its calls with. make share-check generates
// ./avido.d.ts from openapi.yaml and type-checks this file against it.
import type { components, operations, paths } from "./avido";

type Run = components["schemas"]["Run"];
type TestPage = paths["/v0/tests"]["get"]["responses"][200]["content"]["application/json"];
type TestFilters = NonNullable<operations["listTests"]["parameters"]["query"]>;
type EvalBody = paths["/v0/evals/{id}"]["get"]["responses"][200]["content"]["application/json"];

export function runSummary(run: Run): string {
  return `${run.id} ${run.status ?? "-"} ${run.createdAt}`;
}

export function completedOnly(): TestFilters {
  return { status: ["COMPLETED"], limit: 100 };
}

export function testIds(page: TestPage): string[] {
  return page.data.map((test) => test.id);
}

export function evalId(body: EvalBody): string {
  return "eval" in body ? body.eval.id : body.id;
}
