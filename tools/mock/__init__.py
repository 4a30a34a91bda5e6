"""The mock Avido API on 127.0.0.1, driven by the spec: the demo, other languages' sandbox, the tests."""
