"""autocapture: turn a capture sidecar's DataRoot into cited, searchable screen memory."""

__version__ = "0.1.0"
