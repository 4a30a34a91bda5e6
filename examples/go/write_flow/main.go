// A Go team's first write to the Avido API, with the client OpenAPI Generator makes from
// openapi.yaml (settings: docs/other-languages.md): create a task, retrieve it, find it in the
// listing, and print what came back as JSON.
//
//	AVIDO_API_KEY=... AVIDO_APPLICATION_ID=... avido-write-flow BASE_URL TITLE
//
// It creates a task wherever BASE_URL points: make share-check runs it against the mock API,
// whose sandbox keeps what it is sent until it restarts (docs/mock.md).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	avido "github.com/avido-example/avido-go"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: avido-write-flow BASE_URL TITLE")
		os.Exit(2)
	}
	config := avido.NewConfiguration()
	config.Servers = avido.ServerConfigurations{{URL: os.Args[1]}}
	client := avido.NewAPIClient(config)
	ctx := context.WithValue(context.Background(), avido.ContextAPIKeys, map[string]avido.APIKey{
		"ApiKey":        {Key: os.Getenv("AVIDO_API_KEY")},
		"ApplicationId": {Key: os.Getenv("AVIDO_APPLICATION_ID")},
	})

	body := avido.NewTaskCreate(os.Args[2], "Created by the Go write flow")
	created, _, err := client.TasksAPI.CreateTask(ctx).TaskCreate(*body).Execute()
	exitOn("createTask", err)
	retrieved, _, err := client.TasksAPI.RetrieveTask(ctx, created.Task.Id).Execute()
	exitOn("retrieveTask", err)

	// Page through the listing until the task turns up (the newest come first).
	listedAt := -1
	const limit = 25
	for skip := int32(0); listedAt < 0; skip += limit {
		page, _, err := client.TasksAPI.ListTasks(ctx).Skip(skip).Limit(limit).Execute()
		exitOn("listTasks", err)
		for index, task := range page.Data {
			if task.Id == created.Task.Id {
				listedAt = int(skip) + index
			}
		}
		if listedAt < 0 && len(page.Data) < limit {
			break // the last page, and no task of that id
		}
	}

	exitOn("printing", json.NewEncoder(os.Stdout).Encode(map[string]any{
		"created":   created.Task.Id,
		"retrieved": retrieved.Task.Id,
		"title":     retrieved.Task.Title,
		"listedAt":  listedAt,
	}))
}

func exitOn(what string, err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", what, err)
		os.Exit(1)
	}
}
