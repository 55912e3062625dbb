"""dossier: fact-check briefings from a news article and an analyst's verdict file."""

__version__ = "0.1.0"
