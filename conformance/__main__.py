"""`make conformance`: the email and webhook corpus checks, against ../shared/corpus.

    uv run python -m conformance [CORPUS_DIR]

The corpus is read in place and never copied into the project (see its SOURCES.md: several
licences are copyleft or non-commercial). Without it, this says so and exits cleanly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from conformance import email_corpus, webhook_corpus


def main() -> int:
    """Run both checks; non-zero when either misses its target."""
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: conformance checks skipped, nothing failed")
        return 0
    print(f"== Email normalizer against {corpus / 'emails'}")
    email_status = email_corpus.main([str(corpus)])
    print(f"\n== Webhook payloads against {corpus / 'webhooks'}")
    sys.argv = [sys.argv[0], str(corpus)]
    webhook_status = webhook_corpus.main()
    return email_status or webhook_status


if __name__ == "__main__":
    sys.exit(main())
