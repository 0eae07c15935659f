"""Intake's normalizer: its own process, so webhook answers never wait on MIME parsing."""
