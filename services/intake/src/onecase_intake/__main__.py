"""`python -m onecase_intake`: serve intake with uvicorn."""

from onecase_intake.config import IntakeSettings
from onecase_intake.main import create_app
from onecase_shared.runner import serve

if __name__ == "__main__":
    settings = IntakeSettings()
    serve("intake", settings, create_app(settings), port=settings.intake_port)
