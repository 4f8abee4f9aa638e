"""Model stages: one module per stage, each loads an engine, runs it on one item and returns records."""
