"""`python -m onecase_triage`: serve triage with uvicorn."""

from onecase_shared.runner import serve
from onecase_triage.config import TriageSettings
from onecase_triage.main import create_app

if __name__ == "__main__":
    settings = TriageSettings()
    serve("triage", settings, create_app(settings), port=settings.triage_port)
