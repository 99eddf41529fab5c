"""mtfix: find and fix the artifacts of English machine-translated from Chinese."""

__version__ = "0.1.0"
