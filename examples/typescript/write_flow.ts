// A TypeScript team's first write to the Avido API, with the typescript-fetch client OpenAPI
// Generator makes from openapi.yaml (settings: docs/other-languages.md): create a task,
// retrieve it, find it in the listing, and print what came back as JSON.
//
//   AVIDO_API_KEY=... AVIDO_APPLICATION_ID=... node write_flow.js BASE_URL TITLE
//
// It creates a task wherever BASE_URL points: make share-check runs it against the mock API,
// whose sandbox keeps what it is sent until it restarts (docs/mock.md).
import { Configuration, TasksApi } from "./client";

async function main(): Promise<void> {
  const [baseUrl, title] = process.argv.slice(2);
  if (baseUrl === undefined || title === undefined) {
    console.error("usage: node write_flow.js BASE_URL TITLE");
    process.exit(2);
  }
  const config = new Configuration({
    basePath: baseUrl,
    apiKey: (header: string) =>
      (header === "x-api-key" ? process.env.AVIDO_API_KEY : process.env.AVIDO_APPLICATION_ID) ?? "",
  });
  const tasks = new TasksApi(config);

  const created = await tasks.createTask({
    taskCreate: { title, description: "Created by the TypeScript write flow" },
  });
  const retrieved = await tasks.retrieveTask({ id: created.task.id });

  // Page through the listing until the task turns up (the newest come first).
  let listedAt = -1;
  const limit = 25;
  for (let skip = 0; listedAt < 0; skip += limit) {
    const page = await tasks.listTasks({ skip, limit });
    const index = page.data.findIndex((task) => task.id === created.task.id);
    if (index >= 0) {
      listedAt = skip + index;
    } else if (page.data.length < limit) {
      break; // the last page, and no task of that id
    }
  }

  console.log(
    JSON.stringify({
      created: created.task.id,
      retrieved: retrieved.task.id,
      title: retrieved.task.title,
      listedAt,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
