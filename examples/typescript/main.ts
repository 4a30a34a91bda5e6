// A TypeScript team's first program against the Avido API, with the typescript-fetch client
// OpenAPI Generator makes from openapi.yaml (settings: README, "For other-language teams"):
// list runs, list completed tests, get one eval, and print what came back as JSON.
//
//   AVIDO_API_KEY=... AVIDO_APPLICATION_ID=... node main.js https://api.avidoai.com EVAL_ID
//
// make share-check compiles it with the generated client and runs it against the mock API.
import { Configuration, EvalsApi, RunsApi, Status, TestsApi } from "./client";

async function main(): Promise<void> {
  const [baseUrl, evalId] = process.argv.slice(2);
  if (baseUrl === undefined || evalId === undefined) {
    console.error("usage: node main.js BASE_URL EVAL_ID");
    process.exit(2);
  }
  // apiKey is asked once per security scheme, by its header name.
  const config = new Configuration({
    basePath: baseUrl,
    apiKey: (header: string) =>
      (header === "x-api-key" ? process.env.AVIDO_API_KEY : process.env.AVIDO_APPLICATION_ID) ?? "",
  });

  const runs = await new RunsApi(config).listRuns({ limit: 5 });
  const tests = await new TestsApi(config).listTests({ status: [Status.Completed], limit: 5 });
  const found = await new EvalsApi(config).getEval({ id: evalId });
  const evaluation = "eval" in found ? found.eval : found; // the body may come wrapped as {"eval": ...}

  console.log(
    JSON.stringify({
      runs: runs.data.map((run) => run.id),
      tests: tests.data.map((test) => test.id),
      testStatuses: tests.data.map((test) => test.status),
      eval: { id: evaluation.id, status: evaluation.status },
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
