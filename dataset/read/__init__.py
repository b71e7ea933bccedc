"""Reading releases: the loader and the manifest that proves a release's files. Imports nothing of ruchina but errors and atomic writes (docs/ARCHITECTURE.md)."""
