"""Project tooling: generation, docs, the mock API and the demo (not part of the client)."""
