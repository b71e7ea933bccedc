"""Extraction from one article: entity linking, dates, event mentions and claims."""
