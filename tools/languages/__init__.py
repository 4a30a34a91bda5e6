"""Other languages: TypeScript and Go clients generated from the spec, built and run against the mock
(make share-check)."""
