"""The processing pipeline: ingest new evidence, run stage workers inside the budgets, persist, resume."""
