"""The text of one article: reading its file, parsing its fields and body, sentences, language, the canonical seed format."""
