"""Generation: make generate, from openapi.yaml to generated/."""
