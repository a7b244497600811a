"""The Python client of the benchmark: InnerSpace's documented way (requests + .json()).

Prints one JSON line: wall time inside the process, time to the first row, rows, peak RSS.
"""
import json
import resource
import sys
import time

import requests


def main():
    base, client_id, secret, query = sys.argv[1:5]
    session = requests.post(
        base + "v2/oauth/token",
        json={"client_id": client_id, "client_secret": secret,
              "audience": "https://global-config.innerspace.io"},
        timeout=60,
    ).json()["session_id"]

    start = time.perf_counter()
    response = requests.post(base + "v2/api", json={"query": query},
                             headers={"X-Session-Id": session}, timeout=600)
    response.raise_for_status()
    rows = 0
    first_row_ms = -1.0
    for _ in response.json()["data"]["BUILDING_INSIGHTS"]:
        if rows == 0:
            first_row_ms = (time.perf_counter() - start) * 1000
        rows += 1
    wall_ms = (time.perf_counter() - start) * 1000

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wallMs": wall_ms, "firstRowMs": first_row_ms, "rows": rows,
                      "peakMB": peak_mb}))


if __name__ == "__main__":
    main()
