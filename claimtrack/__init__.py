"""claimtrack: attributed claims, questions and contradictions from news articles."""

__version__ = "0.1.0"
