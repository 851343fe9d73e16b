"""Kommunvakt: moderation of Swedish municipalities' social media pages."""

__version__ = "0.1.0"
