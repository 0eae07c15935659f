"""Triage's service layer: each use case loads a case, asks the domain, stores the decision."""
