"""Infrastructure helpers shared by tests and the local run (template.yaml as the one source)."""
