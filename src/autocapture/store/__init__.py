"""What autocapture owns: the derived SQLite store, canonical records, (later) Parquet facts and vectors."""
