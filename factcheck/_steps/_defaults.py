"""Settings the step plugin needs at start-up, kept apart so that reading them is cheap."""

__all__ = ["DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD = 60.0  # of 100: how close a step's wording must be to a claim
