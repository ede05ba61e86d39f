"""The intermission pipeline: vendor pages -> OpenAPI 3.1 -> typed clients."""
