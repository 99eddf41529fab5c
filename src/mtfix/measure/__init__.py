"""Measurement: how bad a draft is (`stats`), whether the cleanup helped (`score`), and how well
the rules find the artifacts of a gold corpus (`eval`)."""
