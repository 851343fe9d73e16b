"""The innermost ring: models and masking. Pure Python plus pydantic, no I/O."""
