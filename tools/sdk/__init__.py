"""Evidence from the official SDK's releases: each release's models and requests checked against the
spec (make sdk-check, make sdk-survey)."""
