"""Resolve: names -> entities (administrative places, abbreviations, identities)."""
