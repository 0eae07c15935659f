"""`python -m onecase_localinfra up|down|run`: the local stack behind the Makefile."""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from onecase_intake.config import IntakeSettings
from onecase_localinfra.demo import desk_invitation, lead_token, run_demo, show_desk
from onecase_localinfra.demo_social import run_social_demo
from onecase_localinfra.stack import StackPaths, down, reset, up
from onecase_triage.config import TriageSettings


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run_stack(paths: StackPaths) -> int:
    """Everything up, the live demo, then wait for Ctrl-C and take it all down."""
    # Explicit handlers: a shell may start us with SIGINT ignored (background jobs), and
    # SIGTERM (from `kill` or a supervisor) must clean up exactly like Ctrl-C.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    # The demo shows what happens now: new customers, new cases, fresh acknowledgments.
    reset(paths)
    try:
        up(paths)
        intake = IntakeSettings()
        print("\nSending demo complaints through POST /webhooks/email/raw …")
        ok = run_demo(
            intake_url="http://127.0.0.1:8001",
            secret=intake.email_webhook_secret.get_secret_value(),
            mail_log=paths.mail_log,
        )
        print("\nSending a tweet and a chat message through POST /webhooks/x and /webhooks/chat …")
        ok = (
            run_social_demo(
                intake_url="http://127.0.0.1:8001",
                x_secret=intake.x_consumer_secret.get_secret_value(),
                chat_secret=intake.chat_webhook_secret.get_secret_value(),
                sandbox_log=paths.sandbox_log,
            )
            and ok
        )
        token = lead_token(TriageSettings().desk_tokens.get_secret_value())
        show_desk(triage_url="http://127.0.0.1:8002", token=token)
        print(desk_invitation("http://127.0.0.1:8002", token))
        print(
            "\nOnecase is running: intake :8001 (normalizer :8004), triage :8002, notify :8003; "
            f"logs in {paths.run_dir / 'logs'}. Ctrl-C stops everything."
        )
        if not ok:
            return 1
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up short
        print("\nStopping …", flush=True)
        down(paths)
        print("Stopped.")
    return 0


def start_in_background(paths: StackPaths) -> None:
    """`up`: start everything in the background; a failed start takes down what it started."""
    try:
        up(paths)
    except BaseException:
        down(paths)
        raise


def main() -> int:
    """Parse the command and run it."""
    parser = argparse.ArgumentParser(prog="python -m onecase_localinfra")
    parser.add_argument("command", choices=["up", "down", "run"])
    command = parser.parse_args().command
    paths = StackPaths.from_environment()
    if command == "up":
        start_in_background(paths)
    elif command == "down":
        down(paths)
    else:
        return run_stack(paths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
