"""Translate between AWS/Meta and the domain. Every boto3 client is created here, lazily."""
