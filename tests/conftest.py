"""Shared test settings."""

from hypothesis import settings

# CI machines are shared and slow at times: a property test is about what holds for every
# input, not about how long one example takes, so no example fails on a deadline.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

# Copy detection imports datasketch (and through it numpy's and scipy's compiled
# modules) on first use. The documentation tests run pytest inside this process
# (pytester), which forgets the modules an inner run imported; numpy's compiled modules
# cannot be loaded twice in one process, so they are imported once here, outside any
# inner run.
import datasketch  # noqa: E402, F401
