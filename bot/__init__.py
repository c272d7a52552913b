"""magbot: answers questions about one article, "Can Magnesium Cause Back Pain?"."""

__version__ = "0.1.0"
