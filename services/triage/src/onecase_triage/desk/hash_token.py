"""Print the `sha256:` form of a desk token, for `ONECASE_DESK_TOKENS` in production.

Run: `uv run python -m onecase_triage.desk.hash_token` and type the token (it is not echoed);
write the printed value in place of the token: `sha256:<hex>=user_id:role`.
"""

from __future__ import annotations

import getpass

from onecase_triage.desk.auth import hashed_token


def main() -> None:
    """Read a token without echo and print its hashed form."""
    print(hashed_token(getpass.getpass("desk token to hash: ")))


if __name__ == "__main__":
    main()
