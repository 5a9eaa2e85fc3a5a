"""Gherkin step library for pytest-bdd (PLACEHOLDER)."""
