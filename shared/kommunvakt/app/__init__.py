"""Application logic between the Lambda handlers and the adapters (no AWS clients here)."""
