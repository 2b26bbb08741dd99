"""The one exception type users see: a message and a hint, printed once, exit code 1."""

from __future__ import annotations


class ClaimtrackError(Exception):
    """An error the user can act on. ``hint`` says what to do about it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message
