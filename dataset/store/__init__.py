"""The build's state: the repository's files, the seed snapshot, the build directory, the article
store and its cache, the corpus index, fingerprints and Parquet writing."""
