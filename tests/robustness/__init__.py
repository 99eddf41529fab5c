"""Robustness tests: properties, hostile inputs, atomic writes, hostile rules (issue 9)."""
