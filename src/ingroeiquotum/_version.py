"""The version of the installed package, kept in one place."""

__version__ = "0.1.0"
