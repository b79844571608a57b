"""Renderers: the report context (the single template contract) and one module per format."""
