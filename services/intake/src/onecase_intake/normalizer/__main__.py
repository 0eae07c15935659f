"""`python -m onecase_intake.normalizer`: serve the normalizer's health and metrics with uvicorn."""

from onecase_intake.config import NormalizerSettings
from onecase_intake.normalizer.main import create_app
from onecase_shared.runner import serve

if __name__ == "__main__":
    settings = NormalizerSettings()
    serve("intake-normalizer", settings, create_app(settings), port=settings.normalizer_port)
