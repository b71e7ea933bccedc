"""The pipeline commands, orchestration only: build, incremental checks, add, validate, release."""
