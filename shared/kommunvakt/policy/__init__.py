"""The policy layer: judge an Event against a municipality's rules and explain why.

Pure Python plus pydantic (no boto3, no Powertools, no environment), so it runs in the CLI,
the tests and the Lambda functions alike.
"""
