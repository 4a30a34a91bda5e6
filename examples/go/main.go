// A Go team's first program against the Avido API, with the client OpenAPI Generator makes
// from openapi.yaml (settings: README, "For other-language teams"): list runs, list completed
// tests, get one eval, and print what came back as JSON.
//
//	AVIDO_API_KEY=... AVIDO_APPLICATION_ID=... avido-example https://api.avidoai.com EVAL_ID
//
// make share-check builds it with the generated client and runs it against the mock API.
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
		fmt.Fprintln(os.Stderr, "usage: avido-example BASE_URL EVAL_ID")
		os.Exit(2)
	}
	config := avido.NewConfiguration()
	config.Servers = avido.ServerConfigurations{{URL: os.Args[1]}}
	client := avido.NewAPIClient(config)
	// The credentials go by the names of the spec's security schemes.
	ctx := context.WithValue(context.Background(), avido.ContextAPIKeys, map[string]avido.APIKey{
		"ApiKey":        {Key: os.Getenv("AVIDO_API_KEY")},
		"ApplicationId": {Key: os.Getenv("AVIDO_APPLICATION_ID")},
	})

	runs, _, err := client.RunsAPI.ListRuns(ctx).Limit(5).Execute()
	exitOn("listRuns", err)
	tests, _, err := client.TestsAPI.ListTests(ctx).Status([]avido.Status{avido.STATUS_COMPLETED}).Limit(5).Execute()
	exitOn("listTests", err)
	found, _, err := client.EvalsAPI.GetEval(ctx, os.Args[2]).Execute()
	exitOn("getEval", err)
	evaluation := found.Eval
	if evaluation == nil { // the body may come wrapped as {"eval": ...}
		evaluation = &found.EvalEnvelope.Eval
	}

	summary := map[string]any{"runs": []string{}, "tests": []string{}, "testStatuses": []string{}}
	for _, run := range runs.Data {
		summary["runs"] = append(summary["runs"].([]string), run.Id)
	}
	for _, test := range tests.Data {
		summary["tests"] = append(summary["tests"].([]string), test.Id)
		summary["testStatuses"] = append(summary["testStatuses"].([]string), string(test.Status))
	}
	summary["eval"] = map[string]any{"id": evaluation.Id, "status": evaluation.Status}
	exitOn("printing", json.NewEncoder(os.Stdout).Encode(summary))
}

func exitOn(what string, err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", what, err)
		os.Exit(1)
	}
}
