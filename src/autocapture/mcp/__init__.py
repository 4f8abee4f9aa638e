"""`autocapture mcp`: screen memory for AI agents over the Model Context Protocol (stdio, read-only).
tools.py holds what each tool computes from query/ and the DataRoot; server.py puts them on the protocol."""
