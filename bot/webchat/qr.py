"""A QR code of the web chat's address for leaflets: `make qr` (or
`python -m bot.webchat.qr URL FILE.png`). Large modules and a wide quiet zone, so it still
scans when printed small or copied in grey."""

from __future__ import annotations

import sys
from pathlib import Path

import segno


def make(url: str, target: Path) -> Path:
    code = segno.make(url, error="q", micro=False)  # q: a quarter may be smudged or folded
    target.parent.mkdir(parents=True, exist_ok=True)
    code.save(target, scale=12, border=4, dark="#000000", light="#ffffff")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3 or not sys.argv[1].startswith(("https://", "http://")):
        sys.exit("usage: python -m bot.webchat.qr https://…/chat FILE.png")
    print(make(sys.argv[1], Path(sys.argv[2])))
