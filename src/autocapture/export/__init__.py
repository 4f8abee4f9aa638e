"""Export: a self-contained slice of the history, raw by default, sanitised on request."""
