"""`autocapture serve`: a read-only local web app over the processed store (timeline, frame viewer, ask)."""
