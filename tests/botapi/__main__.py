"""Run the fake Bot API alone: python -m tests.botapi --port 8081"""

import argparse
import time

from tests.botapi.server import FakeTelegram

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=8081)
args = parser.parse_args()
fake = FakeTelegram().start(args.port)
print(f"Fake Bot API on {fake.base_url} (token {fake.token}); Ctrl-C stops it.", flush=True)
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    fake.stop()
