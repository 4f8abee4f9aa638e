"""Reading the sidecar's DataRoot: layout, metadata.db variants, typed records, blobs, journal, ledger,
activity signal, and the contract validator. Strictly read-only; everything here is untrusted input."""
