"""The build's state: the repository's files, the seed snapshot, the per-article cache and pack, the corpus index, fingerprints and Parquet writing."""
