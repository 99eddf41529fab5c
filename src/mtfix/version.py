"""mtfix's version, in a module of its own so that the modules that key caches or reports
by it never import the package root (which re-exports the whole public API)."""

__version__ = "0.1.0"
