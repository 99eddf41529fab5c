"""Measurement: how bad a draft is (`stats`), whether the cleanup helped (`score`), how well
the rules find the artifacts of a gold corpus (`eval`), and parallel checking (`--jobs`)."""
