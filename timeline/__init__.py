"""timeline: turn news articles into a published timeline website."""

__version__ = "0.1.0"
