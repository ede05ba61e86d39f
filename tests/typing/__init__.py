"""Type checks of the generated code: ``python -m tests.typing [GENERATED_DIR]`` (run by ``make lint``)."""
