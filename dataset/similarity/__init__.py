"""Text similarity shared by the checks and the corpus index: normalised text units, shingles, MinHash and LSH, per-article text features."""
