"""Shared test settings."""

from hypothesis import settings

# CI machines are shared and slow at times: a property test is about what holds for every
# input, not about how long one example takes, so no example fails on a deadline.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")
