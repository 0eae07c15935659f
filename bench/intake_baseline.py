"""Serve intake's baseline: `python -m bench.intake_baseline --port P --bootstrap B --topic T`.

Served by onecase_shared.runner.serve, the function the services run under, so the baseline
and intake share the uvicorn event loop, HTTP implementation, host binding and logging.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.baselines import intake_baseline_app
from onecase_shared.runner import serve
from onecase_shared.settings import ServiceSettings


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the arguments and serve until SIGINT/SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bootstrap", required=True, help="Kafka bootstrap address")
    parser.add_argument("--topic", required=True, help="where POST /baseline sends the body")
    args = parser.parse_args(argv)
    settings = ServiceSettings()
    app = intake_baseline_app(args.bootstrap, args.topic)
    serve("intake-baseline", settings, app, port=args.port)


if __name__ == "__main__":
    main()
