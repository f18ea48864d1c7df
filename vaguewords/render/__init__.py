"""Renderers take plain Analysis objects (never spaCy objects) and produce output."""
