"""`python -m onecase_notify`: serve notify with uvicorn."""

from onecase_notify.config import NotifySettings
from onecase_notify.main import create_app
from onecase_shared.runner import serve

if __name__ == "__main__":
    settings = NotifySettings()
    serve("notify", settings, create_app(settings), port=settings.notify_port)
