"""Publishing: data versions, changelog, release metadata, the data dictionary and the quality report."""
